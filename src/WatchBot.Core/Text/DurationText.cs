using System.Globalization;

namespace WatchBot.Core.Text;

/// <summary>
/// Durations as people type them: <c>10s</c>, <c>2m</c>, <c>1h30m</c>, <c>1h30m15s</c>, or a bare
/// number of seconds (<c>90</c>).
/// </summary>
public static class DurationText
{
    // Enough for a double feature, small enough that arithmetic never overflows.
    private static readonly TimeSpan Largest = TimeSpan.FromDays(7);

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var s = text.Trim().ToLowerInvariant();
        if (s.Length == 0)
        {
            return false;
        }

        if (s.All(char.IsAsciiDigit))
        {
            return TryFromSeconds(s, out duration);
        }

        var total = TimeSpan.Zero;
        var lastUnit = int.MaxValue;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == start || i == s.Length || i - start > 7)
            {
                return false;
            }

            var number = int.Parse(s.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            var unit = s[i++] switch { 'h' => 3, 'm' => 2, 's' => 1, _ => 0 };

            // Units must appear largest first and once each: "30m1h" is a typo, not a duration.
            if (unit == 0 || unit >= lastUnit)
            {
                return false;
            }

            lastUnit = unit;
            total += unit switch
            {
                3 => TimeSpan.FromHours(number),
                2 => TimeSpan.FromMinutes(number),
                _ => TimeSpan.FromSeconds(number),
            };
        }

        duration = total;
        return total <= Largest;
    }

    private static bool TryFromSeconds(string digits, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (digits.Length > 7)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(int.Parse(digits, CultureInfo.InvariantCulture));
        return duration <= Largest;
    }

    /// <summary>A short human form: <c>10s</c>, <c>2m</c>, <c>1h30m</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return "0s";
        }

        var parts = new List<string>(3);
        var hours = (int)duration.TotalHours;
        if (hours > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{hours}h"));
        }

        if (duration.Minutes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes}m"));
        }

        if (duration.Seconds > 0 || parts.Count == 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Seconds}s"));
        }

        return string.Concat(parts);
    }
}
