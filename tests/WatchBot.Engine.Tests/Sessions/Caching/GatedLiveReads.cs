using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Sessions.Caching;

/// <summary>
/// An in-memory store that counts live reads and can hold the next one after it has read: the read
/// sees the store as it was, then waits at <see cref="HoldNextLiveRead"/>'s gate, as a slow SQLite read would.
/// </summary>
internal sealed class GatedLiveReads(InMemorySessionStore inner) : ISessionStore
{
    private TaskCompletionSource? _gate;

    public int LiveReads { get; private set; }

    /// <summary>The next live read returns only once the returned gate is set.</summary>
    public TaskCompletionSource HoldNextLiveRead() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public async Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        LiveReads++;
        var seen = await inner.FindLiveAsync(channel, cancellationToken);
        var gate = _gate;
        _gate = null;
        if (gate is not null)
        {
            await gate.Task;
        }

        return seen;
    }

    public Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        inner.ListScheduledAsync(channel, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken) => inner.ListUnfinishedAsync(cancellationToken);

    public Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken) => inner.ListReactionsAsync(id, cancellationToken);

    public Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken) =>
        inner.SaveAsync(session, newReactions, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken) => inner.CommitAsync(commit, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken) =>
        inner.ListPendingOutboxAsync(limit, cancellationToken);

    public Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken) => inner.MarkOutboxSentAsync(id, sentAt, cancellationToken);

    public Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken) => inner.MarkOutboxFailedAsync(id, cancellationToken);
}
