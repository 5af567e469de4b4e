using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Series;

/// <summary>A series store whose first read of a channel's series goes through <paramref name="gate"/>.</summary>
internal sealed class GatedSeriesStore(ISeriesStore inner, ReadGate gate) : ISeriesStore
{
    public Task<IReadOnlyList<MovieSeries>> ListActiveAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        gate.ReadAsync(() => inner.ListActiveAsync(channel, cancellationToken));

    public Task<MovieSeries?> GetAsync(SeriesId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<MovieSeries>> ListActiveInSpaceAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        inner.ListActiveInSpaceAsync(platform, spaceId, cancellationToken);

    public Task<IReadOnlyList<MovieSeries>> ListAllActiveAsync(CancellationToken cancellationToken) => inner.ListAllActiveAsync(cancellationToken);
}
