using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// Discord's "System limitations" for a <c>recurrence_rule</c> (DD <c>resources/guild-scheduled-event.mdx</c>,
/// PROTOCOLS §5a): frequency YEARLY 0, MONTHLY 1, WEEKLY 2, DAILY 3; weekdays MONDAY 0 … SUNDAY 6;
/// <c>end</c>, <c>count</c> and <c>by_year_day</c> cannot be set ("This field is not supported for
/// recurring events.", discord/discord-api-docs#7020); <c>by_weekday</c>, <c>by_n_weekday</c> and
/// <c>by_month</c>+<c>by_month_day</c> exclude each other; WEEKLY takes exactly one weekday; DAILY only the
/// known sets; MONTHLY one n-th weekday; YEARLY one month and one day; an interval other than 1 only
/// for WEEKLY, and then 2.
/// </summary>
public static class RecurrenceRuleCheck
{
    private static readonly int[][] DailySets = [[0, 1, 2, 3, 4], [1, 2, 3, 4, 5], [6, 0, 1, 2, 3], [4, 5], [5, 6], [6, 0]];

    /// <summary>Why Discord would refuse <paramref name="rule"/>, or null when it would take it.</summary>
    public static string? Errors(JsonObject rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule["start"] is not JsonValue start || !start.TryGetValue<string>(out var s) || !DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return "start is required.";
        }

        if (rule["frequency"] is not JsonValue f || !f.TryGetValue<int>(out var frequency) || frequency is < 0 or > 3)
        {
            return "frequency must be 0, 1, 2 or 3.";
        }

        if (rule["end"] is not null || rule["count"] is not null || rule["by_year_day"] is not null)
        {
            return "This field is not supported for recurring events.";
        }

        var interval = rule["interval"] is JsonValue i && i.TryGetValue<int>(out var n) ? n : 1;
        if (interval != 1 && !(frequency == 2 && interval == 2))
        {
            return "interval can only be 2 for a weekly event, else 1.";
        }

        var weekdays = Ints(rule["by_weekday"]);
        var nth = rule["by_n_weekday"] as JsonArray;
        var months = Ints(rule["by_month"]);
        var monthDays = Ints(rule["by_month_day"]);
        if (new[] { weekdays is not null, nth is not null, months is not null || monthDays is not null }.Count(x => x) > 1)
        {
            return "by_weekday, by_n_weekday and by_month + by_month_day are mutually exclusive.";
        }

        if (weekdays is not null && (weekdays.Any(d => d is < 0 or > 6) || frequency is not (2 or 3)))
        {
            return "by_weekday is only valid for daily and weekly events, with weekdays 0-6.";
        }

        return frequency switch
        {
            2 when weekdays is not { Length: 1 } => "A weekly event takes exactly one weekday in by_weekday.",
            3 when weekdays is not null && !DailySets.Any(set => set.SequenceEqual(weekdays)) => "by_weekday of a daily event must be one of the known sets.",
            1 when nth is not [JsonObject { } one] || !NthIsValid(one) => "A monthly event takes exactly one by_n_weekday ({n: 1-5, day: 0-6}).",
            0 when months is not [>= 1 and <= 12] || monthDays is not [>= 1 and <= 31] => "A yearly event takes one by_month and one by_month_day.",
            _ => null,
        };
    }

    private static bool NthIsValid(JsonObject one) =>
        one["n"] is JsonValue n && n.TryGetValue<int>(out var week) && week is >= 1 and <= 5
        && one["day"] is JsonValue d && d.TryGetValue<int>(out var day) && day is >= 0 and <= 6;

    private static int[]? Ints(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(x => x is JsonValue v && v.TryGetValue<int>(out var i) ? i : -1)] : null;
}
