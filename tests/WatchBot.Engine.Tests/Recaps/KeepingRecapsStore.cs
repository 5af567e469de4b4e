using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Recaps;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Recaps;

/// <summary>An in-memory store that keeps the recaps committed with a session's end, as the SQLite store does, and reads them back.</summary>
internal sealed class KeepingRecapsStore(InMemorySessionStore inner) : ISessionStore, IRecaps
{
    private readonly List<RecapKept> _kept = [];

    public IReadOnlyList<RecapKept> Kept => _kept;

    public Task<KeptRecap?> LastAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        Task.FromResult(_kept.Where(k => k.Channel == channel).OrderBy(k => k.Recap.EndedAt).LastOrDefault()?.Recap);

    public async Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken)
    {
        var committed = await inner.CommitAsync(commit, cancellationToken);
        _kept.AddRange(commit.Changes.OfType<RecapKept>());
        return committed;
    }

    public Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken) => inner.FindLiveAsync(channel, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken) => inner.ListScheduledAsync(channel, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken) => inner.ListUnfinishedAsync(cancellationToken);

    public Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken) => inner.ListReactionsAsync(id, cancellationToken);

    public Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken) => inner.SaveAsync(session, newReactions, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken) => inner.ListPendingOutboxAsync(limit, cancellationToken);

    public Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken) => inner.MarkOutboxSentAsync(id, sentAt, cancellationToken);

    public Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken) => inner.MarkOutboxFailedAsync(id, cancellationToken);
}
