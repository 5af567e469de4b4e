using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Calendar.Tests.Support;

/// <summary>Series kept in memory, until the series store lands: what the feed reads through <see cref="ISeriesStore"/>.</summary>
internal sealed class MemorySeriesStore : ISeriesStore
{
    private readonly List<MovieSeries> _series = [];

    public void Add(MovieSeries series)
    {
        lock (_series)
        {
            _series.Add(series);
        }
    }

    public Task<MovieSeries?> GetAsync(SeriesId id, CancellationToken cancellationToken) =>
        Task.FromResult(Active(s => s.Id == id).FirstOrDefault());

    public Task<IReadOnlyList<MovieSeries>> ListActiveAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MovieSeries>>(Active(s => s.Channel == channel));

    public Task<IReadOnlyList<MovieSeries>> ListActiveInSpaceAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MovieSeries>>(Active(s => s.Channel.Platform == platform && s.Channel.SpaceId == spaceId));

    public Task<IReadOnlyList<MovieSeries>> ListAllActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MovieSeries>>(Active(_ => true));

    private List<MovieSeries> Active(Func<MovieSeries, bool> match)
    {
        lock (_series)
        {
            return [.. _series.Where(s => s.EndedAt is null && match(s))];
        }
    }
}
