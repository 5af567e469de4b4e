using NodaTime;

namespace WatchBot.Core.Text.Times;

/// <summary>
/// The day part of a typed time. <see cref="Weekday"/> is set for <see cref="DayKind.Weekday"/> and
/// <see cref="DayKind.NextWeekday"/>, and may come beside a <see cref="DayKind.Date"/> (<c>fri dec 5</c>),
/// which must then fall on it. <see cref="Year"/> is null when the date is to be its next occurrence.
/// </summary>
public sealed record WhenDay(DayKind Kind, IsoDayOfWeek Weekday = IsoDayOfWeek.None, int Month = 0, int Day = 0, int? Year = null)
{
    public static readonly WhenDay Next = new(DayKind.Next);
}
