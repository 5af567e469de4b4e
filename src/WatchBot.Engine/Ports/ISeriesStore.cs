using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>
/// Where recurring movie nights are read. They are written inside session commits (an
/// <see cref="AggregateChange"/> of kind <see cref="SeriesId.AggregateKind"/>), so a series and the
/// occurrence it books are saved together or not at all.
/// </summary>
public interface ISeriesStore
{
    Task<MovieSeries?> GetAsync(SeriesId id, CancellationToken cancellationToken);

    /// <summary>The channel's series that have not ended, oldest first.</summary>
    Task<IReadOnlyList<MovieSeries>> ListActiveAsync(ChannelAddress channel, CancellationToken cancellationToken);

    /// <summary>The space's series that have not ended, every channel (the calendar feed).</summary>
    Task<IReadOnlyList<MovieSeries>> ListActiveInSpaceAsync(string platform, string spaceId, CancellationToken cancellationToken);

    /// <summary>Every series not ended, every platform: what start-up walks to make sure each has its next occurrence.</summary>
    Task<IReadOnlyList<MovieSeries>> ListAllActiveAsync(CancellationToken cancellationToken);
}
