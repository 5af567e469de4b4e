using NodaTime;

namespace WatchBot.Core.Text.Times;

/// <summary>
/// A wall-clock time as typed (<c>friday 9pm</c>): which day, what time, and how it was spelled, so a
/// refusal can offer times that work written the way the person writes them (<see cref="Before"/> and
/// <see cref="After"/> are the typed text around the time of day).
/// </summary>
public sealed record LocalWhen(WhenDay Day, LocalTime Time, bool TwelveHour, string Before, string After)
{
    /// <summary>What was typed, with the time of day replaced by <paramref name="time"/> in the same style.</summary>
    public string Spell(LocalTime time) => Before + LocalTimeText.TimeOfDay(time, TwelveHour) + After;
}
