using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Discord.Tests.Support;

/// <summary>The real store, with every live-session lookup taking <paramref name="delay"/> (a busy disk).</summary>
internal sealed class SlowSessionStore(ISessionStore inner, TimeSpan delay) : ISessionStore
{
    public Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public async Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, TimeProvider.System, cancellationToken);
        return await inner.FindLiveAsync(channel, cancellationToken);
    }

    public Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        inner.ListScheduledAsync(channel, cancellationToken);

    public Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken) => inner.ListUnfinishedAsync(cancellationToken);

    public Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken) => inner.ListReactionsAsync(id, cancellationToken);

    public Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken) =>
        inner.SaveAsync(session, newReactions, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken) =>
        inner.CommitAsync(commit, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken) =>
        inner.ListPendingOutboxAsync(limit, cancellationToken);

    public Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        inner.MarkOutboxSentAsync(id, sentAt, cancellationToken);

    public Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken) => inner.MarkOutboxFailedAsync(id, cancellationToken);
}
