using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using IcalCalendar = Ical.Net.Calendar;

namespace WatchBot.Calendar;

/// <summary>
/// A space's feed as RFC 5545 text, written by Ical.Net: titles and times only (no names, no
/// attendees, no descriptions). A booking is one event, <c>session-{id}@watchbot</c>; a series is one
/// recurring event, <c>series-{id}@watchbot</c>, whose booked occurrence is written as that event's
/// instance (same UID and a RECURRENCE-ID), so a calendar shows it once, with its own title and time.
/// </summary>
internal static class CalendarWriter
{
    /// <summary>Names WatchBot as the calendar's producer (§3.7.3).</summary>
    public const string ProductId = "-//WatchBot//Movie nights//EN";

    public static string Write(IReadOnlyList<WatchSession> sessions, IReadOnlyList<MovieSeries> series, DateTimeOffset now, TimeSpan assumedRuntime)
    {
        var calendar = new IcalCalendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", "WatchBot movie nights");

        // RFC 7986 REFRESH-INTERVAL and its older Apple/Microsoft spelling: poll hourly.
        var refresh = new Ical.Net.CalendarProperty("REFRESH-INTERVAL", "PT1H");
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");

        // A published feed has no METHOD, so DTSTAMP is "when this was last revised" (§3.8.7.2): the
        // feed is written now, and a change always comes with a higher SEQUENCE as well.
        var stamp = Utc(new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero));
        var nights = new Dictionary<SeriesId, SeriesEvents>();
        foreach (var night in series)
        {
            if (SeriesEvents.TryCreate(night, stamp, assumedRuntime) is { } events)
            {
                nights[night.Id] = events;
                calendar.Events.Add(events.Master);
            }
        }

        foreach (var session in sessions)
        {
            if (session.ScheduledFor is not { } start)
            {
                continue;
            }

            if (session.Occurrence is { } occurrence && nights.TryGetValue(occurrence.Series, out var events))
            {
                if (events.Instance(session, occurrence.Date, start, assumedRuntime) is { } instance)
                {
                    calendar.Events.Add(instance);
                }

                continue;
            }

            calendar.Events.Add(Booking(session, start, stamp, assumedRuntime));
        }

        foreach (var zone in nights.Values.GroupBy(n => n.Zone, StringComparer.Ordinal))
        {
            var earliest = zone.Min(n => n.FirstDate).AddYears(-1);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Key, earliest.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>A booking that is not an occurrence of a series in the feed: one event in UTC.</summary>
    private static CalendarEvent Booking(WatchSession session, DateTimeOffset start, CalDateTime stamp, TimeSpan assumedRuntime) => new()
    {
        Uid = $"session-{session.Id.Value}@watchbot",
        DtStamp = stamp,
        Sequence = session.Revision,
        DtStart = Utc(start),
        DtEnd = Utc(start + (session.Clock.Runtime ?? assumedRuntime)),
        Summary = session.Title,
        Status = StatusOf(session),
    };

    public static string StatusOf(WatchSession session) =>
        session.EndReason == EndReason.Cancelled ? Ical.Net.EventStatus.Cancelled : Ical.Net.EventStatus.Confirmed;

    public static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, "UTC");
}
