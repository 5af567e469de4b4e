using System.Globalization;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.LateJoin;

/// <summary>
/// What a person's player shows, as they type it for <c>/watch check</c>: a position as everywhere
/// (<c>1:02:03</c>, <c>62:03</c>, <c>3723</c> seconds, <c>3723s</c>), plus, for players that show them,
/// up to three decimals after a colon form or bare seconds (<c>1:02:03.5</c>, <c>3723.25</c>).
/// </summary>
public static class PlayerReading
{
    public static bool TryParse(string text, out TimeSpan position)
    {
        ArgumentNullException.ThrowIfNull(text);
        position = TimeSpan.Zero;
        var s = text.Trim();
        var fraction = TimeSpan.Zero;
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            var digits = s[(dot + 1)..];
            var whole = s[..dot];

            // Decimals belong to seconds written as digits: "1:02:03.5" or "3723.5", not "1h.5".
            if (digits.Length is < 1 or > 3 || !digits.All(char.IsAsciiDigit)
                || whole.Length == 0 || !whole.All(c => char.IsAsciiDigit(c) || c == ':'))
            {
                return false;
            }

            fraction = TimeSpan.FromMilliseconds(int.Parse(digits.PadRight(3, '0'), CultureInfo.InvariantCulture));
            s = whole;
        }

        if (!PositionText.TryParse(s, out var seconds))
        {
            return false;
        }

        position = seconds + fraction;
        return true;
    }
}
