using System.Globalization;

namespace WatchBot.Core.Text;

/// <summary>
/// Media positions: typed as <c>1:02:03</c>, <c>62:03</c>, <c>3723s</c> (or any duration form), and
/// always shown as <c>H:MM:SS</c>.
/// </summary>
public static class PositionText
{
    public static bool TryParse(string text, out TimeSpan position)
    {
        position = TimeSpan.Zero;
        var s = text.Trim();
        if (!s.Contains(':', StringComparison.Ordinal))
        {
            return DurationText.TryParse(s, out position);
        }

        var parts = s.Split(':');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || p.Length > 4 || !p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();

        // The last field is seconds and the one before it minutes; only the first field may exceed 59,
        // so "62:03" means 62 minutes 3 seconds but "1:75:00" is refused.
        for (var i = 1; i < numbers.Length; i++)
        {
            if (numbers[i] > 59)
            {
                return false;
            }
        }

        var seconds = 0;
        foreach (var number in numbers)
        {
            seconds = (seconds * 60) + number;
        }

        position = TimeSpan.FromSeconds(seconds);
        return position <= TimeSpan.FromDays(7);
    }

    /// <summary><c>H:MM:SS</c>, whole seconds, rounded down.</summary>
    public static string Format(TimeSpan position)
    {
        if (position < TimeSpan.Zero)
        {
            position = TimeSpan.Zero;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(int)position.TotalHours}:{position.Minutes:00}:{position.Seconds:00}");
    }
}
