using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights;

/// <summary>
/// A series' new value, committed beside the session a decision saves (the occurrence it books,
/// cancels or skips), at the version it was read at: two writers cannot both move it on.
/// </summary>
public sealed record SeriesChange(MovieSeries Series) : AggregateChange(Series.Id.Aggregate, Series.Version);
