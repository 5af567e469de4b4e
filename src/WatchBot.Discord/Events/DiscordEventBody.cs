using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using WatchBot.Core.Text;
using WatchBot.Core.Views;

namespace WatchBot.Discord.Events;

/// <summary>
/// The bodies WatchBot sends for a booking's event: an EXTERNAL event (<c>entity_type</c> 3), which
/// must have no <c>channel_id</c>, a <c>location</c> of 1–100 characters and an end time; privacy
/// GUILD_ONLY (2), the only value (DD <c>resources/guild-scheduled-event.mdx</c>, "Field Requirements
/// By Entity Type"; PROTOCOLS §5a). The location is the channel's mention, which needs no extra call.
/// </summary>
internal static class DiscordEventBody
{
    public const int External = 3;
    public const int GuildOnly = 2;

    /// <summary>Discord's limit for a name and a location.</summary>
    public const int MaxName = 100;

    /// <summary>The create body for <paramref name="listing"/> in <paramref name="channelId"/>.</summary>
    public static JsonObject Create(Listing listing, string channelId)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var body = new JsonObject
        {
            ["name"] = Name(listing.Title),
            ["privacy_level"] = GuildOnly,
            ["entity_type"] = External,
            ["entity_metadata"] = new JsonObject { ["location"] = Location(channelId) },
            ["scheduled_start_time"] = DiscordRecurrence.Iso(listing.Start),
            ["scheduled_end_time"] = DiscordRecurrence.Iso(listing.End),
            ["description"] = Description(listing, channelId),
        };
        if (DiscordRecurrence.Rule(listing) is { } rule)
        {
            body["recurrence_rule"] = rule;
        }

        return body;
    }

    /// <summary>
    /// What differs between <paramref name="current"/> and <paramref name="listing"/> that Discord lets
    /// change now: name always; start, end and rule only while it is still SCHEDULED.
    /// </summary>
    public static JsonObject Changes(ScheduledEvent current, Listing listing)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(listing);
        var patch = new JsonObject();
        var name = Name(listing.Title);
        if (!string.Equals(current.Name, name, StringComparison.Ordinal))
        {
            patch["name"] = name;
        }

        if (current.Status != DiscordEventStatus.Scheduled)
        {
            return patch;
        }

        // Compared as Discord keeps them, to the second: a booking's milliseconds must not look like a move.
        var start = DiscordRecurrence.Iso(listing.Start);
        var moved = DiscordRecurrence.Iso(current.Start) != start;
        if (moved)
        {
            patch["scheduled_start_time"] = start;
        }

        if (moved || current.End is not { } end || DiscordRecurrence.Iso(end) != DiscordRecurrence.Iso(listing.End))
        {
            patch["scheduled_end_time"] = DiscordRecurrence.Iso(listing.End);
        }

        // A rule names its start: moving the event moves the rule with it.
        if (DiscordRecurrence.Rule(listing) is { } rule && (moved || current.Repeat != DiscordRecurrence.Signature(listing)))
        {
            patch["recurrence_rule"] = rule;
        }

        return patch;
    }

    /// <summary>
    /// The title as an event name: cleaned like every title, cut to 100 characters on a character
    /// boundary; never empty. An event name is not markdown and pings nobody, so it is not escaped.
    /// </summary>
    public static string Name(string title)
    {
        var cleaned = UserText.Clean(title ?? "");
        return cleaned.Length == 0 ? "Watch party" : Fit(cleaned, MaxName);
    }

    /// <summary>The channel's mention: Discord shows it as the channel's name.</summary>
    public static string Location(string channelId) => $"<#{channelId}>";

    /// <summary>The marker that finds this booking's event again after a crash between its create and its link.</summary>
    public static string Marker(string key) => "WatchBot · " + key;

    private static string Description(Listing listing, string channelId) =>
        string.Create(CultureInfo.InvariantCulture, $"Watch together in {Location(channelId)}: everyone presses play at the same moment. {Marker(listing.Key)}");

    private static string Fit(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var info = new StringInfo(text);
        var builder = new StringBuilder(max);
        for (var i = 0; i < info.LengthInTextElements; i++)
        {
            var element = info.SubstringByTextElements(i, 1);
            if (builder.Length + element.Length > max)
            {
                break;
            }

            builder.Append(element);
        }

        return builder.ToString();
    }
}
