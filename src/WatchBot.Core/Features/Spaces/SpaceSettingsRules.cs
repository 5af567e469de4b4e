using WatchBot.Core.Kernel;
using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Features.Spaces;

/// <summary>
/// The space settings rule, pure: anyone may see the settings, moderators change them, and a time
/// zone is one the tz database knows (any case), stored by its exact id; an unknown one is refused
/// with the closest known ones.
/// </summary>
public static class SpaceSettingsRules
{
    private const string Example = "/watch settings timezone:Europe/Paris";

    /// <param name="settings">The space's settings as stored.</param>
    /// <param name="actor">Who asked.</param>
    /// <param name="command">What they asked.</param>
    /// <param name="defaultTimeZone">The configured zone a space without one uses (<c>Sessions:DefaultTimeZone</c>).</param>
    /// <param name="whoModerates">Who moderates here, in words, for the refusal (the platform says).</param>
    /// <param name="channelId">The channel the command was typed in (what <c>age-restricted:</c> marks).</param>
    public static SettingsDecision Decide(SpaceSettings settings, Actor actor, SettingsCommand command, string defaultTimeZone, string whoModerates, string? channelId = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (command.ShowsOnly)
        {
            return new(null, new SpaceSettingsShown(settings, defaultTimeZone, actor.IsModerator));
        }

        if (!actor.IsModerator)
        {
            return new(null, new Refused($"only a moderator can change the settings here. Moderators here are {whoModerates}; ask one of them. Anyone can see them with /watch settings.", "/watch settings"));
        }

        if (command.TimeZone is not { } typed)
        {
            return SpaceSettingsChanges.Apply(settings, command, channelId);
        }

        if (!actor.IsModerator)
        {
            return new(null, new Refused($"only a moderator can change the settings here. Moderators here are {whoModerates}; ask one of them. Anyone can see them with /watch settings.", "/watch settings"));
        }

        string? zone;
        if (string.Equals(typed.Trim(), SettingsCommand.DefaultWord, StringComparison.OrdinalIgnoreCase))
        {
            zone = null;
        }
        // Ids write spaces as underscores (America/New_York); nobody types the underscore.
        else if ((TimeZoneNames.Find(typed.Trim()) ?? TimeZoneNames.Find(typed.Trim().Replace(' ', '_'))) is { } known)
        {
            zone = known;
        }
        else
        {
            return new(null, Unknown(typed));
        }

        var changed = new TimeZoneChanged(settings.TimeZone, zone, defaultTimeZone);
        var withZone = changed.AlreadySo ? settings : settings with { TimeZone = zone };
        var zoneChange = changed.AlreadySo ? [] : new[] { $"timezone: {zone ?? $"default ({defaultTimeZone})"} (was {settings.TimeZone ?? "the default"})" };
        if (command with { TimeZone = null } is { ShowsOnly: true })
        {
            return new(changed.AlreadySo ? null : withZone, changed) { Changes = zoneChange };
        }

        var rest = SpaceSettingsChanges.Apply(withZone, command, channelId);
        IReadOnlyList<string> all = [.. zoneChange, .. rest.Changes];
        return new(all.Count == 0 ? null : rest.Next ?? withZone, new SpaceSettingsChanged(all)) { Changes = all };
    }

    private static Refused Unknown(string typed)
    {
        var near = TimeZoneSuggestions.Nearest(typed);
        var hint = near.Count > 0 ? $" Did you mean {Grammar.Suggest.Either(near)}?" : "";
        return new Refused(
            $"I don't know the time zone \"{Grammar.Excerpt.Of(typed)}\".{hint} A time zone is an IANA name such as Europe/Paris or America/New_York, or UTC.",
            near.Count > 0 ? $"/watch settings timezone:{near[0]}" : Example);
    }
}
