using System.Globalization;

namespace WatchBot.Core.Features.Moderation.Bans;

/// <summary>
/// How long a ban lasts as moderators type it: weeks, days, hours and minutes, largest first
/// (<c>7d</c>, <c>2w</c>, <c>1d12h</c>, <c>30m</c>), or <c>forever</c> for until someone unbans.
/// A ban is about days, not seconds, so this is its own small reader rather than the playback one.
/// </summary>
public static class BanLength
{
    /// <summary>The longest ban with an end; longer than a year is <c>forever</c>.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(365);

    /// <summary>What to type, for errors.</summary>
    public const string Forms = "7d, 2w, 12h, 1d12h or forever";

    private static readonly string[] Forever = ["forever", "permanent", "indefinite", "until unban", "until unbanned"];

    /// <summary>Reads <paramref name="text"/>: true with a length, or true with null for forever; false when unreadable or out of range.</summary>
    public static bool TryParse(string text, out TimeSpan? length)
    {
        length = null;
        var s = text.Trim().ToLowerInvariant();
        if (Forever.Contains(s, StringComparer.Ordinal))
        {
            return true;
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

            // Four digits are plenty (9999m); more would only be a typo or an overflow attempt.
            if (i == start || i == s.Length || i - start > 4)
            {
                return false;
            }

            var number = int.Parse(s.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            var unit = s[i++] switch { 'w' => 4, 'd' => 3, 'h' => 2, 'm' => 1, _ => 0 };
            if (unit == 0 || unit >= lastUnit)
            {
                return false;
            }

            lastUnit = unit;
            total += unit switch
            {
                4 => TimeSpan.FromDays(7 * number),
                3 => TimeSpan.FromDays(number),
                2 => TimeSpan.FromHours(number),
                _ => TimeSpan.FromMinutes(number),
            };
        }

        if (s.Length == 0 || total <= TimeSpan.Zero || total > Longest)
        {
            return false;
        }

        length = total;
        return true;
    }
}
