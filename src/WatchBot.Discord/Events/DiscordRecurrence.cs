using System.Globalization;
using System.Text.Json.Nodes;
using WatchBot.Core.Views;

namespace WatchBot.Discord.Events;

/// <summary>
/// A weekly series as Discord's <c>recurrence_rule</c> (DD <c>resources/guild-scheduled-event.mdx</c>,
/// "Guild Scheduled Event Recurrence Rule Object", and its "Examples" accordion, fixture
/// <c>discord_guild_scheduled_event_recurrence_rule_doc_examples.txt</c>): frequency WEEKLY = 2,
/// interval 1 or 2, exactly one weekday, numbered MONDAY = 0 … SUNDAY = 6 (not .NET's
/// <see cref="DayOfWeek"/>, where Sunday is 0). <c>end</c>, <c>count</c> and <c>by_year_day</c>
/// cannot be set by apps, so they are never sent.
/// </summary>
internal static class DiscordRecurrence
{
    /// <summary>Frequency WEEKLY. The docs' prose says 1 in places; the enum table, the spec and the examples say 2.</summary>
    public const int Weekly = 2;

    /// <summary>Discord's weekday number: Monday 0 … Sunday 6.</summary>
    public static int Weekday(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>
    /// The rule for <paramref name="listing"/>, or null when it does not repeat in a way Discord can show.
    /// The weekday is the start's in UTC: the rule is expanded from <c>start</c>, which Discord keeps in UTC,
    /// so the UTC weekday is the one its occurrences fall on (it differs from the series' local weekday
    /// only for a late-evening series west of UTC or an early-morning one east of it).
    /// </summary>
    public static JsonObject? Rule(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (listing.Repeat is not { IntervalWeeks: 1 or 2 } repeat)
        {
            return null;
        }

        return new JsonObject
        {
            ["start"] = Iso(listing.Start),
            ["frequency"] = Weekly,
            ["interval"] = repeat.IntervalWeeks,
            ["by_weekday"] = new JsonArray(Weekday(listing.Start.UtcDateTime.DayOfWeek)),
        };
    }

    /// <summary>The signature compared with an event read back: (interval, Discord weekday).</summary>
    public static (int Interval, int Weekday)? Signature(Listing listing) =>
        listing?.Repeat is { IntervalWeeks: 1 or 2 } repeat ? (repeat.IntervalWeeks, Weekday(listing.Start.UtcDateTime.DayOfWeek)) : null;

    /// <summary>ISO 8601 in UTC, to the second, as Discord writes its own times.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
