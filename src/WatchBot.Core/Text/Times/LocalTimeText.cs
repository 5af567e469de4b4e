using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace WatchBot.Core.Text.Times;

/// <summary>
/// Local times as a booking echoes them: <c>Fri 5 Dec 21:00 Europe/Paris</c>. When that wall-clock
/// time happens twice (the hour clocks go back), the offset is added, <c>Sun 25 Oct 02:30 Europe/Paris (UTC+2)</c>,
/// so the echo never names two instants.
/// </summary>
public static class LocalTimeText
{
    private static readonly LocalDateTimePattern DayAndTime = LocalDateTimePattern.Create("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    private static readonly LocalDatePattern Day = LocalDatePattern.Create("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset instant, string zoneId)
    {
        var zone = TimeZoneNames.ZoneOrUtc(zoneId);
        var zoned = Instant.FromDateTimeOffset(instant).InZone(zone);
        var text = $"{DayAndTime.Format(zoned.LocalDateTime)} {zone.Id}";
        return zone.MapLocal(zoned.LocalDateTime).Count > 1 ? $"{text} ({Utc(zoned.Offset)})" : text;
    }

    /// <summary><c>Sun 29 Mar 2026</c>.</summary>
    public static string Date(LocalDate date) => Day.Format(date);

    /// <summary>A time of day the way someone would type it: <c>9pm</c>, <c>8:30pm</c>, or <c>21:00</c>.</summary>
    public static string TimeOfDay(LocalTime time, bool twelveHour)
    {
        if (!twelveHour)
        {
            return time.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        var hour = time.ClockHourOfHalfDay.ToString(CultureInfo.InvariantCulture);
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0 ? hour + suffix : $"{hour}:{time.Minute:00}{suffix}";
    }

    /// <summary><c>UTC+2</c>, <c>UTC-4</c>, <c>UTC+5:30</c>.</summary>
    public static string Utc(Offset offset)
    {
        var span = offset.ToTimeSpan();
        var sign = span < TimeSpan.Zero ? "-" : "+";
        var abs = span.Duration();
        return abs.Minutes == 0
            ? $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}"
            : $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}:{abs.Minutes:00}";
    }
}
