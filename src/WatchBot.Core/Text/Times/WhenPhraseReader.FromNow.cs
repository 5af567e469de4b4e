using System.Globalization;

namespace WatchBot.Core.Text.Times;

// "in 2h", "in 1h30m", "in 90 minutes", "in an hour", "in 1 hour and 30 minutes", "in 2 days".
public static partial class WhenPhraseReader
{
    // Beyond any booking limit, small enough that no arithmetic overflows.
    private static readonly TimeSpan LongestFromNow = TimeSpan.FromDays(400);

    private static WhenPhrase? ReadFromNow(List<string> words, string? zone, out string? problem)
    {
        problem = null;
        var total = TimeSpan.Zero;
        var lastUnit = TimeSpan.MaxValue;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "and" && i > 0)
            {
                continue;
            }

            // Largest unit first, each once: "30 minutes 2 hours" is a typo, answered with the short form.
            if (!TryAmount(words, ref i, out var amount, out var unit) || unit >= lastUnit)
            {
                return null;
            }

            lastUnit = unit;
            total += amount;
            if (total > LongestFromNow)
            {
                problem = "that is too far ahead";
                return null;
            }
        }

        // "in 0s" reads; the rules answer that it has passed.
        return words.Count > 0 ? new WhenPhrase(null, total, null, zone) : null;
    }

    /// <summary>One amount: <c>2h</c>, <c>1h30m</c>, <c>90min</c>, <c>90 minutes</c>, <c>an hour</c>.</summary>
    private static bool TryAmount(List<string> words, ref int i, out TimeSpan amount, out TimeSpan unit)
    {
        amount = TimeSpan.Zero;
        unit = TimeSpan.Zero;
        var word = words[i];
        var digits = word.TakeWhile(char.IsAsciiDigit).Count();
        var number = word is "a" or "an" ? 1 : digits is > 0 and <= 6 ? int.Parse(word[..digits], CultureInfo.InvariantCulture) : -1;
        if (number < 0)
        {
            return false;
        }

        // The short forms the other options take ("1h30m", a bare number of seconds) read as they do there.
        if ((word.Length > digits && word.Skip(digits).Any(char.IsAsciiDigit)) || (digits == word.Length && i + 1 == words.Count))
        {
            if (!DurationText.TryParse(word, out amount))
            {
                return false;
            }

            unit = word.Length > digits ? Smallest(word) : TimeSpan.FromSeconds(1);
            return true;
        }

        var unitWord = digits == word.Length || (number == 1 && digits == 0) ? (i + 1 < words.Count ? words[++i] : "") : word[digits..];
        if (TimeWords.Unit(unitWord) is not { } found)
        {
            return false;
        }

        unit = found;
        amount = found * number;
        return true;
    }

    private static TimeSpan Smallest(string shortForm) => char.ToLowerInvariant(shortForm[^1]) switch
    {
        'h' => TimeSpan.FromHours(1),
        'm' => TimeSpan.FromMinutes(1),
        _ => TimeSpan.FromSeconds(1),
    };
}
