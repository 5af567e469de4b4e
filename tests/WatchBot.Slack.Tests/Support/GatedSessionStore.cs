using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Testing;

namespace WatchBot.Slack.Tests.Support;

/// <summary>An in-memory store whose reads wait on a gate: a slow database, on demand.</summary>
internal sealed class GatedSessionStore : ISessionStore
{
    private readonly InMemorySessionStore _inner = new();

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken)
    {
        await Gate.Task;
        return await _inner.GetAsync(id, cancellationToken);
    }

    public async Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        await Gate.Task;
        return await _inner.FindLiveAsync(channel, cancellationToken);
    }

    public Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        _inner.ListScheduledAsync(channel, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        _inner.ListUnfinishedAsync(cancellationToken);

    public Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken) => _inner.ListReactionsAsync(id, cancellationToken);

    public Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken) =>
        _inner.SaveAsync(session, newReactions, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken) =>
        _inner.CommitAsync(commit, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken) =>
        _inner.ListPendingOutboxAsync(limit, cancellationToken);

    public Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        _inner.MarkOutboxSentAsync(id, sentAt, cancellationToken);

    public Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken) => _inner.MarkOutboxFailedAsync(id, cancellationToken);
}
