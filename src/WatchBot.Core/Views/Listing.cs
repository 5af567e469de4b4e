namespace WatchBot.Core.Views;

/// <summary>Where a listed booking stands. Platforms map it to their own (Discord: SCHEDULED, ACTIVE, COMPLETED, CANCELED).</summary>
public enum ListingStatus
{
    Scheduled,
    Active,
    Completed,
    Cancelled,
}

/// <summary>How a listed series repeats, where a platform can show it (Discord: weekly, every 1 or 2 weeks, one weekday).</summary>
/// <param name="IntervalWeeks">1 or 2.</param>
/// <param name="Weekday">The weekday, in the series' own zone.</param>
public sealed record ListingRepeat(int IntervalWeeks, DayOfWeek Weekday);

/// <summary>
/// A booking as it appears in a platform's own event list (Discord's Events tab): kept in step with
/// the session by the notices that change it. A platform without such a list ignores it.
/// </summary>
/// <param name="Key">Stable per booking (<c>session:{id}</c>): the platform remembers its event under it.</param>
/// <param name="Title">What is being watched, as the host typed it (a markup cleans it).</param>
/// <param name="Start">The planned start.</param>
/// <param name="End">The planned end (start + runtime, or + the assumed runtime).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Revision">Grows with every change people see (time, title, status).</param>
/// <param name="Repeat">The series' rule when the booking is an occurrence the platform can show as recurring.</param>
public sealed record Listing(
    string Key,
    string Title,
    DateTimeOffset Start,
    DateTimeOffset End,
    ListingStatus Status,
    int Revision,
    ListingRepeat? Repeat = null);
