using System.Globalization;
using System.Text.RegularExpressions;
using WatchBot.Core.Text;

namespace WatchBot.Core.Grammar;

/// <summary>
/// Reads durations as people write them in prose (<c>5 minutes</c>, <c>1 hour 30 mins</c>, <c>90 sec</c>)
/// only to suggest the short form the grammar takes (<c>5m</c>, <c>1h30m</c>, <c>90s</c>): the
/// grammar itself stays strict, so one duration is never read two ways.
/// </summary>
internal static partial class DurationSuggestion
{
    public static bool TrySuggest(string text, out string shortForm)
    {
        shortForm = "";
        var match = Prose().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var total = TimeSpan.Zero;
        var parts = match.Groups["number"].Captures.Zip(match.Groups["unit"].Captures);
        foreach (var (number, unit) in parts)
        {
            if (number.Value.Length > 6)
            {
                return false;
            }

            var n = int.Parse(number.Value, CultureInfo.InvariantCulture);
            total += char.ToLowerInvariant(unit.Value[0]) switch
            {
                'h' => TimeSpan.FromHours(n),
                'm' => TimeSpan.FromMinutes(n),
                _ => TimeSpan.FromSeconds(n),
            };
        }

        shortForm = DurationText.Format(total);
        return total > TimeSpan.Zero && DurationText.TryParse(shortForm, out _);
    }

    [GeneratedRegex(
        @"^(?:(?<number>\d+)\s*(?<unit>h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\.?(?:\s*,?\s*(?:and\s+)?|$))+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prose();
}
