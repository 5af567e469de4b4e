using WatchBot.Core.Sessions;

namespace WatchBot.Engine.Ports;

/// <summary>
/// Where sessions are kept. A save is durable when the task completes: the coordinator answers a
/// command only after that. SQLite by default; a PostgreSQL provider implements the same contract.
/// </summary>
public interface ISessionStore
{
    Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken);

    /// <summary>The channel's live session (counting down, playing or paused), if any.</summary>
    Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken);

    /// <summary>The channel's scheduled sessions, soonest first.</summary>
    Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken);

    /// <summary>Every session not ended, on every platform: what start-up recovery walks.</summary>
    Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>The session's reactions, in sequence order: read when its recap is built, never by a command.</summary>
    Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or replaces the session and appends <paramref name="newReactions"/>, in one transaction.
    /// A reaction whose sequence is already stored is kept as it was (facts are never rewritten).
    /// Throws <see cref="LiveSessionConflictException"/> if another session is live in the channel.
    /// </summary>
    Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken);

    /// <summary>A save that appends no reaction.</summary>
    Task SaveAsync(WatchSession session, CancellationToken cancellationToken) => SaveAsync(session, [], cancellationToken);
}
