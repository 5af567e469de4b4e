using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Spaces.Views;

/// <summary>The answers to <c>/watch settings</c>. Zone ids are shown as code: what to type, exactly.</summary>
public static class SpaceSettingsReplies
{
    /// <summary>What every answer about the zone means for people: the phrase they will type.</summary>
    private const string Meaning = "Times typed here, such as at:\"friday 9pm\", are read in it.";

    public static Reply Shown(SpaceSettingsShown shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var zone = shown.Settings.TimeZone is { } set
            ? ViewLine.Of($"Time zone here: {Zone(set)}, set by a moderator. {Meaning}")
            : ViewLine.Of($"Time zone here: {Zone(shown.DefaultTimeZone)}, the default (none was set here). {Meaning}");
        var change = shown.CanChange
            ? ViewLine.Of($"Change it with {Code("/watch settings timezone:Europe/Paris")}, or go back to the default with {Code("/watch settings timezone:default")}.")
            : ViewLine.Of($"Moderators can change it with {Code("/watch settings timezone:")}.");
        return new Reply([zone, .. SpaceSettingsLines.Of(shown.Settings), change]);
    }

    public static Reply Changed(SpaceSettingsChanged changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (changed.Changes.Count == 0)
        {
            return new Reply(ViewLine.Of($"Nothing to do: those settings are already so. See them all with {Code("/watch settings")}."));
        }

        // A change line holds a channel name as typed: user text, escaped by every markup.
        return new Reply([ViewLine.Of(new TextPart("Settings changed:")), .. changed.Changes.Select(c => new ViewLine([new TextPart("• "), new UserTextPart(c)]))]);
    }

    public static Reply ZoneChanged(TimeZoneChanged changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (changed.AlreadySo)
        {
            return new Reply(changed.Current is { } same
                ? ViewLine.Of($"Nothing to do: the time zone here is already {Zone(same)}.")
                : ViewLine.Of($"Nothing to do: the time zone here is already the default, {Zone(changed.DefaultTimeZone)}."));
        }

        var was = Zone(changed.Previous ?? changed.DefaultTimeZone);
        return new Reply(changed.Current is { } now
            ? ViewLine.Of($"The time zone here is now {Zone(now)} (was {was}). {Meaning}")
            : ViewLine.Of($"The time zone here is back to the default, {Zone(changed.DefaultTimeZone)} (was {was}). {Meaning}"));
    }

    // A zone id comes from the tz database, but it is stored text: shown as user text, escaped by every markup.
    private static UserTextPart Zone(string id) => new(id, TextStyle.Code);

    private static TextPart Code(string command) => new(command, TextStyle.Code);
}
