using System.Globalization;
using NodaTime;

namespace WatchBot.Core.Text.Times;

/// <summary>
/// Reads a time of day: <c>8pm</c>, <c>8 pm</c>, <c>8:30pm</c>, <c>20:00</c>, <c>20:00:00</c>, and in
/// an ISO instant with its offset (<c>20:00Z</c>, <c>20:00+01:00</c>). A bare <c>9</c> is refused:
/// morning or evening is the reader's guess, and a booking must not rest on a guess.
/// </summary>
internal static class ClockTimeReader
{
    /// <summary>
    /// Null when <paramref name="word"/> is no time at all; else the time, or why it is not a valid one.
    /// <paramref name="used"/> is 2 when the am/pm came as the next word.
    /// </summary>
    public static (ClockTime? Time, string? Problem)? Read(string word, string? next, out int used)
    {
        used = 1;
        var s = word;
        Offset? offset = null;
        if (s.Length > 1 && s[^1] == 'z' && char.IsAsciiDigit(s[^2]))
        {
            offset = Offset.Zero;
            s = s[..^1];
        }
        else if (s.IndexOfAny(['+', '-'], 1) is > 0 and var sign)
        {
            if (ReadOffset(s[sign..]) is not { } parsed)
            {
                return (null, $"\"{word}\" has an offset I can't read: write it like +01:00 or Z");
            }

            offset = parsed;
            s = s[..sign];
        }

        var meridiem = Meridiem(ref s);
        if (meridiem is null && next is not null && Meridiem(next) is { } separate)
        {
            meridiem = separate;
            used = 2;
        }

        var parts = s.Split(':');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(c => char.IsAsciiDigit(c) || c == '.'))
            || parts[..^1].Any(p => p.Contains('.', StringComparison.Ordinal)) || parts[0].Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        if (parts[0].Length > 2 || parts.Skip(1).Any(p => p.Length < 2 || (p.Length > 2 && p[2] != '.')))
        {
            return (null, $"\"{word}\" is not a time of day: write it like 20:00 or 8:30pm");
        }

        var hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (parts.Length == 1 && meridiem is null)
        {
            return (null, $"\"{word}\" could be morning or evening: write {Math.Clamp(hour, 1, 12)}pm, {Math.Clamp(hour, 1, 12)}am or {hour:00}:00");
        }

        var minute = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var second = parts.Length > 2 ? double.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        if (meridiem is { } pm)
        {
            if (hour is < 1 or > 12 || minute > 59 || parts.Length > 2)
            {
                return (null, $"\"{word}\" is not a time of day: with am/pm, hours go from 1 to 12 (1pm is 13:00)");
            }

            hour = (hour % 12) + (pm ? 12 : 0);
        }
        else if (hour > 23 || minute > 59 || second >= 60)
        {
            return (null, $"\"{word}\" is not a time of day: hours go from 0 to 23 and minutes from 0 to 59");
        }

        var time = new LocalTime(hour, minute).PlusTicks((long)Math.Round(second * TimeSpan.TicksPerSecond));
        return (new ClockTime(time, meridiem is not null, offset), null);
    }

    /// <summary>True for pm, false for am, null when the word is neither (<c>pm</c>, <c>p.m.</c>).</summary>
    public static bool? Meridiem(string word) => word switch
    {
        "am" or "a.m." or "a.m" => false,
        "pm" or "p.m." or "p.m" => true,
        _ => null,
    };

    private static bool? Meridiem(ref string s)
    {
        foreach (var suffix in (string[])["a.m.", "p.m.", "a.m", "p.m", "am", "pm"])
        {
            if (s.Length > suffix.Length && s.EndsWith(suffix, StringComparison.Ordinal))
            {
                s = s[..^suffix.Length];
                return suffix[0] == 'p';
            }
        }

        return null;
    }

    // +01:00, +0100, +01 (and -…): what ISO 8601 allows.
    private static Offset? ReadOffset(string text)
    {
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit) || (text.Length == 6 && text[3] != ':'))
        {
            return null;
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 18 || minutes > 59)
        {
            return null;
        }

        var seconds = ((hours * 60) + minutes) * 60;
        return Offset.FromSeconds(text[0] == '-' ? -seconds : seconds);
    }
}
