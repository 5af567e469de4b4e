using NodaTime;
using NodaTime.TimeZones;

namespace WatchBot.Core.Features.MovieNights;

/// <summary>
/// When a series' occurrences fall: pure, from the stored series alone, so a restart computes the same
/// dates. Dates are local dates in the series' zone; each starts at the series' local time there, so
/// 21:00 Paris stays 21:00 Paris across daylight-saving changes. A local time that does not exist that
/// day (spring-forward gap) is shifted forward past the gap; one that happens twice (fall-back) takes
/// the earlier.
/// </summary>
public static class SeriesCalendar
{
    // Far enough for any real series; bounds the walk when every candidate is skipped or past.
    private const int MaxSteps = 2000;

    /// <summary>The first occurrence date strictly after <paramref name="after"/> (not skipped, not past <see cref="MovieSeries.Until"/>); null when there is none.</summary>
    public static DateOnly? NextDate(MovieSeries series, DateOnly after)
    {
        ArgumentNullException.ThrowIfNull(series);
        foreach (var date in Dates(series))
        {
            if (series.Until is { } until && date > until)
            {
                return null;
            }

            if (date > after && !series.Skipped.Contains(date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The first occurrence (date and start) after the occurrence of <paramref name="after"/> that starts
    /// after <paramref name="notBefore"/>: what to book next. Occurrences that passed while nobody booked
    /// them (the bot was down for weeks) are not booked late.
    /// </summary>
    public static (DateOnly Date, DateTimeOffset Start)? NextOccurrence(MovieSeries series, DateOnly? after, DateTimeOffset notBefore)
    {
        ArgumentNullException.ThrowIfNull(series);
        var cursor = after ?? series.FirstDate.AddDays(-1);
        for (var step = 0; step < MaxSteps; step++)
        {
            if (NextDate(series, cursor) is not { } date)
            {
                return null;
            }

            var start = StartOf(series, date);
            if (start > notBefore)
            {
                return (date, start);
            }

            cursor = date;
        }

        return null;
    }

    /// <summary>The instant the occurrence of local date <paramref name="date"/> starts.</summary>
    public static DateTimeOffset StartOf(MovieSeries series, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(series);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(series.TimeZone) ?? DateTimeZone.Utc;
        var local = new LocalDateTime(date.Year, date.Month, date.Day, series.LocalTime.Hour, series.LocalTime.Minute, series.LocalTime.Second);
        return zone.ResolveLocal(local, Resolvers.LenientResolver).ToDateTimeOffset();
    }

    /// <summary>Every date the rule gives, from the first, in order (unbounded: callers stop).</summary>
    private static IEnumerable<DateOnly> Dates(MovieSeries series)
    {
        var interval = Math.Max(1, series.Repeat.Interval);
        var first = series.FirstDate;
        if (series.Repeat.Kind == RecurrenceKind.Weekly)
        {
            for (var k = 0; k < MaxSteps; k++)
            {
                yield return first.AddDays(7 * interval * k);
            }

            yield break;
        }

        // Monthly by weekday: the same weekday and week of the month; a fifth one means the month's last.
        var week = (first.Day - 1) / 7 + 1;
        for (var k = 0; k < MaxSteps; k++)
        {
            var month = new DateOnly(first.Year, first.Month, 1).AddMonths(interval * k);
            yield return WeekdayOfMonth(month, first.DayOfWeek, week);
        }
    }

    private static DateOnly WeekdayOfMonth(DateOnly monthStart, DayOfWeek weekday, int week)
    {
        var firstOfKind = monthStart.AddDays(((int)weekday - (int)monthStart.DayOfWeek + 7) % 7);
        if (week < 5)
        {
            return firstOfKind.AddDays(7 * (week - 1));
        }

        var last = firstOfKind.AddDays(28);
        return last.Month == monthStart.Month ? last : last.AddDays(-7);
    }
}
