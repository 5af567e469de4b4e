using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Sessions.Caching;

/// <summary>
/// <see cref="ISeriesStore"/> with a channel's active series (read by every command) kept in
/// <see cref="SessionReadCaches.Series"/>. Series are written only inside session commits, which
/// forget the series' channel (<see cref="CachedSessionStore"/>); the other reads go to the store.
/// </summary>
public sealed class CachedSeriesStore(ISeriesStore inner, SessionReadCaches caches) : ISeriesStore
{
    // Made once: a lambda over the store would be a new delegate per read.
    private readonly Func<ChannelAddress, CancellationToken, Task<IReadOnlyList<MovieSeries>>> _readChannel =
        async (c, ct) => CachedSessionStore.Frozen(await inner.ListActiveAsync(c, ct));

    public Task<MovieSeries?> GetAsync(SeriesId id, CancellationToken cancellationToken) =>
        inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<MovieSeries>> ListActiveAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        caches.Series.GetAsync(channel, _readChannel, cancellationToken);

    public Task<IReadOnlyList<MovieSeries>> ListActiveInSpaceAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        inner.ListActiveInSpaceAsync(platform, spaceId, cancellationToken);

    public Task<IReadOnlyList<MovieSeries>> ListAllActiveAsync(CancellationToken cancellationToken) =>
        inner.ListAllActiveAsync(cancellationToken);
}
