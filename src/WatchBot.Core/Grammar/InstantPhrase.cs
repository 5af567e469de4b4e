using System.Globalization;
using System.Text.RegularExpressions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Text;

namespace WatchBot.Core.Grammar;

/// <summary>Reads <see cref="OptionKind.InstantPhrase"/> values: <c>in 2h</c>, or an instant that names its offset.</summary>
internal static partial class InstantPhrase
{
    public static bool TryParse(string text, out ScheduleTime at)
    {
        at = ScheduleTime.In(TimeSpan.Zero);
        var s = text.Trim();
        if (s.StartsWith("in ", StringComparison.OrdinalIgnoreCase) && DurationText.TryParse(s[3..], out var fromNow))
        {
            at = ScheduleTime.In(fromNow);
            return true;
        }

        // Only instants that say their offset: a bare "20:00" would silently mean the bot's time zone.
        if (IsoInstantWithOffset().IsMatch(s)
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            at = ScheduleTime.At(instant.ToUniversalTime());
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoInstantWithOffset();
}
