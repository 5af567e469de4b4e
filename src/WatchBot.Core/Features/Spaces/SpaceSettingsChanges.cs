namespace WatchBot.Core.Features.Spaces;

/// <summary>
/// Applies the settings a moderator gave besides the time zone, in a fixed order, and says each
/// change in one line ("control: the host and moderators (was everyone)"): the answer and the audit.
/// A value that is already so is no change.
/// </summary>
internal static class SpaceSettingsChanges
{
    public static SettingsDecision Apply(SpaceSettings settings, SettingsCommand command, string? channelId)
    {
        var next = settings;
        var changes = new List<string>();
        foreach (var action in Enum.GetValues<SpaceAction>())
        {
            if (command.Permissions.TryGetValue(action, out var audience) && Permissions.Of(next, action) != audience)
            {
                changes.Add($"{PermissionWords.Option(action)}: {PermissionWords.Described(audience)} (was {PermissionWords.Described(Permissions.Of(next, action))})");
                next = next with
                {
                    Permissions = audience == Permissions.Default(action) ? next.Permissions.Remove(action) : next.Permissions.SetItem(action, audience),
                };
            }
        }

        if (command.ControlFallsAbove is { } above && above.Value != next.ControlFallsAbove)
        {
            changes.Add($"control-above: {Threshold(above.Value)} (was {Threshold(next.ControlFallsAbove)})");
            next = next with { ControlFallsAbove = above.Value };
        }

        if (command.AutoBreak is { } auto && auto.Value != next.AutoBreak)
        {
            changes.Add($"break-auto: {auto.Value?.ToString() ?? "off"} (was {next.AutoBreak?.ToString() ?? "off"})");
            next = next with { AutoBreak = auto.Value };
        }

        if (command.AuditChannel is { } audit && audit.Value != next.AuditChannelId)
        {
            changes.Add($"audit-channel: {Channel(audit.Value)} (was {Channel(next.AuditChannelId)})");
            next = next with { AuditChannelId = audit.Value };
        }

        if (command.AgeRestricted is { } restricted && channelId is not null && next.AgeRestrictedChannels.Contains(channelId) != restricted)
        {
            changes.Add($"age-restricted: {(restricted ? "on" : "off")} for #{channelId}");
            next = next with { AgeRestrictedChannels = restricted ? next.AgeRestrictedChannels.Add(channelId) : next.AgeRestrictedChannels.Remove(channelId) };
        }

        return new(changes.Count == 0 ? null : next, new SpaceSettingsChanged(changes)) { Changes = changes };
    }

    private static string Threshold(int? above) => above is { } n ? $"above {n} people" : "off";

    private static string Channel(string? id) => id is null ? "off" : $"#{id}";
}
