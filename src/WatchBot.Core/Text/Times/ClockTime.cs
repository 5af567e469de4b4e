using NodaTime;

namespace WatchBot.Core.Text.Times;

/// <summary>
/// A time of day as typed: <see cref="TwelveHour"/> when written with am/pm (suggestions are written
/// the same way), and an <see cref="Offset"/> only in an ISO instant (<c>20:00+01:00</c>, <c>20:00Z</c>).
/// </summary>
internal readonly record struct ClockTime(LocalTime Time, bool TwelveHour, Offset? Offset);
