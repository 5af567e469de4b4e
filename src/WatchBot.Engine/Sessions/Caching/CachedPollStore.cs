using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Sessions.Caching;

/// <summary>
/// <see cref="IPollStore"/> with a channel's open polls (read by every command) kept in
/// <see cref="SessionReadCaches.Polls"/>. Polls are written only inside session commits, which
/// forget the poll's channel (<see cref="CachedSessionStore"/>); the other reads go to the store.
/// </summary>
public sealed class CachedPollStore(IPollStore inner, SessionReadCaches caches) : IPollStore
{
    // Made once: a lambda over the store would be a new delegate per read.
    private readonly Func<ChannelAddress, CancellationToken, Task<IReadOnlyList<MoviePoll>>> _readChannel =
        async (c, ct) => CachedSessionStore.Frozen(await inner.ListOpenAsync(c, ct));

    public Task<MoviePoll?> GetAsync(PollId id, CancellationToken cancellationToken) =>
        inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<MoviePoll>> ListOpenAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        caches.Polls.GetAsync(channel, _readChannel, cancellationToken);

    public Task<MoviePoll?> FindOpenAsync(SessionId session, CancellationToken cancellationToken) =>
        inner.FindOpenAsync(session, cancellationToken);

    public Task<MoviePoll?> LastClosedAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        inner.LastClosedAsync(channel, cancellationToken);
}
