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

    /// <summary>
    /// Inserts or replaces the session and appends its reactions not stored yet, in one transaction.
    /// Throws <see cref="LiveSessionConflictException"/> if another session is live in the channel.
    /// </summary>
    Task SaveAsync(WatchSession session, CancellationToken cancellationToken);
}
