using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>For hosts and tests without a series store: there are none.</summary>
public sealed class NoSeries : ISeriesStore
{
    public Task<MovieSeries?> GetAsync(SeriesId id, CancellationToken cancellationToken) => Task.FromResult<MovieSeries?>(null);

    public Task<IReadOnlyList<MovieSeries>> ListActiveAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MovieSeries>>([]);

    public Task<IReadOnlyList<MovieSeries>> ListActiveInSpaceAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MovieSeries>>([]);

    public Task<IReadOnlyList<MovieSeries>> ListAllActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MovieSeries>>([]);
}
