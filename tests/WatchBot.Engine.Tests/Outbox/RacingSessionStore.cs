using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Outbox;

/// <summary>
/// An in-memory store where another writer (another instance) commits first: before each of the
/// next <see cref="Races"/> commits, <see cref="Rival"/> changes the stored session and saves it.
/// </summary>
internal sealed class RacingSessionStore(InMemorySessionStore inner) : ISessionStore
{
    public int Races { get; set; }

    public Func<WatchSession, WatchSession> Rival { get; set; } = s => s;

    public int Conflicts { get; private set; }

    public Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken) => inner.FindLiveAsync(channel, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        inner.ListScheduledAsync(channel, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken) => inner.ListUnfinishedAsync(cancellationToken);

    public Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken) => inner.ListReactionsAsync(id, cancellationToken);

    public Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken) =>
        inner.SaveAsync(session, newReactions, cancellationToken);

    public async Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken)
    {
        if (Races > 0 && await inner.GetAsync(commit.Session.Id, cancellationToken) is { } stored)
        {
            Races--;
            await inner.CommitAsync(new SessionCommit(Rival(stored), [], []), cancellationToken);
        }

        try
        {
            return await inner.CommitAsync(commit, cancellationToken);
        }
        catch (SessionVersionConflictException)
        {
            Conflicts++;
            throw;
        }
    }

    public Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken) =>
        inner.ListPendingOutboxAsync(limit, cancellationToken);

    public Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken) => inner.MarkOutboxSentAsync(id, sentAt, cancellationToken);

    public Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken) => inner.MarkOutboxFailedAsync(id, cancellationToken);
}
