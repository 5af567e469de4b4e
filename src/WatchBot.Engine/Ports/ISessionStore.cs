using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

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
    /// Inserts or replaces the session, whatever its stored version (for seeding and tools: the
    /// coordinator commits through <see cref="CommitAsync"/>), and appends <paramref name="newReactions"/>, in one transaction.
    /// A reaction whose sequence is already stored is kept as it was (facts are never rewritten).
    /// Throws <see cref="LiveSessionConflictException"/> if another session is live in the channel.
    /// </summary>
    Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken);

    /// <summary>
    /// Commits a decision in one transaction: the session, only if the stored one is still at
    /// <see cref="WatchSession.Version"/> (0: it must not exist yet), stored at the next version; its
    /// new reactions; and its announcements, appended to the outbox. Returns the outbox entries with
    /// their ids. Throws <see cref="SessionVersionConflictException"/> when another writer saved first,
    /// and <see cref="LiveSessionConflictException"/> as <see cref="SaveAsync(WatchSession, IReadOnlyList{Reaction}, CancellationToken)"/> does.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken);

    /// <summary>Outbox entries not yet sent, every channel, oldest first (at most <paramref name="limit"/>).</summary>
    Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The entry was sent (or given up). Marking it twice changes nothing.</summary>
    Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken);

    /// <summary>A send of the entry failed: counts the attempt; the entry stays pending.</summary>
    Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken);

    /// <summary>A save that appends no reaction.</summary>
    Task SaveAsync(WatchSession session, CancellationToken cancellationToken) => SaveAsync(session, [], cancellationToken);
}
