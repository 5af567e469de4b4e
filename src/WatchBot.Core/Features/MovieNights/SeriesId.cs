using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights;

/// <summary>Identifies one recurring movie night.</summary>
public readonly record struct SeriesId(string Value)
{
    /// <summary>The series' aggregate kind, stored with their timers and commits: never rename it.</summary>
    public const string AggregateKind = "series";

    public AggregateKey Aggregate => new(AggregateKind, Value);

    public static SeriesId New() => new(Guid.NewGuid().ToString("N")[..12]);

    public override string ToString() => Value;
}

/// <summary>Which occurrence of a series a booked session is: the series, and the occurrence's local date in the series' zone.</summary>
public sealed record SeriesOccurrence(SeriesId Series, DateOnly Date);
