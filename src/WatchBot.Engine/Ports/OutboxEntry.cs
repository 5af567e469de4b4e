using WatchBot.Core.Sessions;

namespace WatchBot.Engine.Ports;

/// <summary>
/// One channel announcement kept in the outbox until it is sent: what notice it is
/// (<paramref name="Kind"/>), which session's decision made it, and the notice itself as JSON.
/// </summary>
/// <param name="Channel">Where it is said.</param>
/// <param name="Kind">The notice's type name: <c>PlaybackStarted</c>, <c>PlaybackPaused</c>…</param>
/// <param name="SessionId">The session whose decision committed it.</param>
/// <param name="Facts">The notice, JSON (see OutboxCodec).</param>
/// <param name="Id">Assigned by the store when committed (0 before): the order of sending within a channel.</param>
/// <param name="CreatedAt">When the decision was taken: how late a GO sent after a restart is.</param>
/// <param name="Attempts">Sends that failed so far.</param>
public sealed record OutboxEntry(
    long Id,
    ChannelAddress Channel,
    string Kind,
    SessionId SessionId,
    string Facts,
    DateTimeOffset CreatedAt,
    int Attempts = 0);
