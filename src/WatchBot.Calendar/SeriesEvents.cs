using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using Duration = Ical.Net.DataTypes.Duration;

namespace WatchBot.Calendar;

/// <summary>
/// One series as a recurring event: DTSTART in the series' zone (TZID, with its VTIMEZONE), the rule
/// (weekly on the first date's weekday, or monthly on its weekday and week: a fifth becomes the last),
/// UNTIL in UTC (§3.3.10: a TZID start needs a UTC end), skipped dates as EXDATE.
/// </summary>
internal sealed class SeriesEvents
{
    private readonly MovieSeries _series;
    private readonly CalDateTime _stamp;

    private SeriesEvents(MovieSeries series, CalDateTime stamp, CalendarEvent master)
    {
        _series = series;
        _stamp = stamp;
        Master = master;
    }

    public CalendarEvent Master { get; }

    public string Zone => _series.TimeZone;

    public DateOnly FirstDate => _series.FirstDate;

    /// <summary>The series' events; null when its zone is not in the tz database (nothing can be said about its times).</summary>
    public static SeriesEvents? TryCreate(MovieSeries series, CalDateTime stamp, TimeSpan assumedRuntime)
    {
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(series.TimeZone) is not { } zone)
        {
            return null;
        }

        var master = new CalendarEvent
        {
            Uid = UidOf(series.Id),
            DtStamp = stamp,
            Sequence = (int)Math.Min(series.Version, int.MaxValue),
            DtStart = Local(series.FirstDate, series),
            Duration = Duration.FromTimeSpanExact(series.Runtime ?? assumedRuntime),
            Summary = series.Title,
            Status = EventStatus.Confirmed,
        };
        master.RecurrenceRule = Rule(series, zone);
        foreach (var skipped in series.Skipped.Order())
        {
            master.ExceptionDates.Add(Local(skipped, series));
        }

        return new SeriesEvents(series, stamp, master);
    }

    public static string UidOf(SeriesId id) => $"series-{id.Value}@watchbot";

    /// <summary>
    /// A booked occurrence as the series' instance for <paramref name="date"/>: its own title, time,
    /// status and SEQUENCE; null for a skipped date (the master's EXDATE already removes it).
    /// </summary>
    public CalendarEvent? Instance(WatchSession session, DateOnly date, DateTimeOffset start, TimeSpan assumedRuntime)
    {
        if (_series.Skipped.Contains(date))
        {
            return null;
        }

        return new CalendarEvent
        {
            Uid = UidOf(_series.Id),
            RecurrenceIdentifier = new RecurrenceIdentifier(Local(date, _series), null),
            DtStamp = _stamp,
            Sequence = session.Revision,
            DtStart = CalendarWriter.Utc(start),
            DtEnd = CalendarWriter.Utc(start + (session.Clock.Runtime ?? _series.Runtime ?? assumedRuntime)),
            Summary = session.Title,
            Status = CalendarWriter.StatusOf(session),
        };
    }

    private static RecurrencePattern Rule(MovieSeries series, DateTimeZone zone)
    {
        var weekday = series.FirstDate.DayOfWeek;
        var rule = series.Repeat.Kind switch
        {
            RecurrenceKind.MonthlyByWeekday => new RecurrencePattern(FrequencyType.Monthly, series.Repeat.Interval)
            {
                ByDay = [new WeekDay(weekday, WeekOfMonth(series.FirstDate))],
            },
            _ => new RecurrencePattern(FrequencyType.Weekly, series.Repeat.Interval) { ByDay = [new WeekDay(weekday)] },
        };

        if (series.Until is { } until)
        {
            // The last date's start, as an instant: an occurrence that day is in, none after.
            var last = LocalDateTime.FromDateTime(until.ToDateTime(series.LocalTime)).InZoneLeniently(zone);
            rule.Until = CalendarWriter.Utc(last.ToDateTimeOffset());
        }

        return rule;
    }

    /// <summary>1 for the first such weekday of the month … 4; a fifth is written as the last (-1).</summary>
    private static int WeekOfMonth(DateOnly date) => (date.Day - 1) / 7 + 1 is var week && week == 5 ? -1 : week;

    private static CalDateTime Local(DateOnly date, MovieSeries series) => new(date, series.LocalTime, series.TimeZone);
}
