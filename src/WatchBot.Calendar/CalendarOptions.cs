namespace WatchBot.Calendar;

/// <summary>The calendar feed (config section <c>Calendar</c>); its public address is <c>Http:PublicBaseUrl</c>.</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// How long a cancelled booking stays in the feed (as <c>STATUS:CANCELLED</c>) after it was
    /// cancelled, so calendars that poll rarely still learn of it. Default 30 days; 1 to 365 days.
    /// </summary>
    public TimeSpan CancelledKeptFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Most bookings one feed lists (the earliest first). Default 500; 1 to 5000.</summary>
    public int MaxEvents { get; set; } = 500;
}
