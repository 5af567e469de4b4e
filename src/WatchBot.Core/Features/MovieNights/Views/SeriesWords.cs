using System.Globalization;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights.Views;

/// <summary>How a series' rule reads: "every Friday at 21:00 Europe/Paris", "on the last Friday of every month at 20:30 UTC".</summary>
internal static class SeriesWords
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "last"];

    public static TextPart Rule(MovieSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var day = series.FirstDate.DayOfWeek.ToString();
        var time = series.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + series.TimeZone;
        var every = series.Repeat switch
        {
            { Kind: RecurrenceKind.Weekly, Interval: <= 1 } => $"every {day}",
            { Kind: RecurrenceKind.Weekly } r => $"every {r.Interval} weeks on {day}",
            { Interval: <= 1 } => $"on the {Ordinal(series.FirstDate)} {day} of every month",
            var r => $"on the {Ordinal(series.FirstDate)} {day} of every {r.Interval} months",
        };
        var until = series.Until is { } last ? ", until " + last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return new TextPart($"{every} at {time}{until}");
    }

    /// <summary>The rule's weekday in Discord's terms when Discord can repeat it (weekly, every 1 or 2 weeks); null otherwise.</summary>
    public static ListingRepeat? ListingRepeat(MovieSeries? series) =>
        series is { Repeat: { Kind: RecurrenceKind.Weekly, Interval: 1 or 2 } repeat, Until: null }
            ? new ListingRepeat(repeat.Interval, series.FirstDate.DayOfWeek)
            : null;

    public static UserTextPart Title(MovieSeries series) => new(series.Title, TextStyle.Strong);

    private static string Ordinal(DateOnly first) => Ordinals[Math.Min(4, (first.Day - 1) / 7)];
}
