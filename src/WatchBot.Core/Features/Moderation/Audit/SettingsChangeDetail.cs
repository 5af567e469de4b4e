using System.Globalization;
using WatchBot.Core.Features.Spaces;

namespace WatchBot.Core.Features.Moderation.Audit;

/// <summary>
/// What a settings change changed, for its audit entry: each setting that differs, named as it is
/// typed after <c>/watch settings</c>, with its new value ("default" when cleared). Read from the two
/// values rather than the command, so every setting is covered however it was set.
/// </summary>
public static class SettingsChangeDetail
{
    public static string? Describe(SpaceSettings before, SpaceSettings after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        if (before.TimeZone != after.TimeZone)
        {
            changes.Add($"timezone {after.TimeZone ?? "default"}");
        }

        foreach (var action in Enum.GetValues<SpaceAction>())
        {
            var was = before.Permissions.TryGetValue(action, out var b) ? b : (Audience?)null;
            var now = after.Permissions.TryGetValue(action, out var a) ? a : (Audience?)null;
            if (was != now)
            {
                changes.Add($"{action.ToString().ToLowerInvariant()} {now?.ToString().ToLowerInvariant() ?? "default"}");
            }
        }

        if (before.ControlFallsAbove != after.ControlFallsAbove)
        {
            changes.Add($"control-above {after.ControlFallsAbove?.ToString(CultureInfo.InvariantCulture) ?? "off"}");
        }

        if (before.AuditChannelId != after.AuditChannelId)
        {
            changes.Add($"audit-channel {after.AuditChannelId ?? "none"}");
        }

        if (!before.AgeRestrictedChannels.SetEquals(after.AgeRestrictedChannels))
        {
            changes.AddRange(after.AgeRestrictedChannels.Except(before.AgeRestrictedChannels).Order(StringComparer.Ordinal).Select(c => $"age-restricted on in {c}"));
            changes.AddRange(before.AgeRestrictedChannels.Except(after.AgeRestrictedChannels).Order(StringComparer.Ordinal).Select(c => $"age-restricted off in {c}"));
        }

        return changes.Count == 0 ? null : string.Join(", ", changes);
    }
}
