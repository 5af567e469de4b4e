using System.Collections.Concurrent;

namespace WatchBot.Discord.Events;

/// <summary>
/// Which guilds are known to refuse WatchBot's events: their interactions' <c>app_permissions</c>
/// lacked Create Events, or Discord answered 403. Known refusals are not tried again (a 403 counts
/// towards Discord's invalid-request ban) until an interaction shows the permission granted.
/// In memory: a restart tries once more, which is how a grant made meanwhile is noticed.
/// </summary>
internal sealed class GuildEventGrants
{
    private readonly ConcurrentDictionary<string, bool> _missing = new(StringComparer.Ordinal);

    /// <summary>Records the bot's permissions an interaction in <paramref name="guildId"/> carried (null: not sent).</summary>
    public void Saw(string guildId, ulong? appPermissions)
    {
        if (appPermissions is not { } permissions)
        {
            return;
        }

        var granted = (permissions & (DiscordPermissions.CreateEvents | DiscordPermissions.Administrator)) != 0;
        _missing[guildId] = !granted;
    }

    /// <summary>Discord refused an event in <paramref name="guildId"/> for a missing permission.</summary>
    public void Refused(string guildId) => _missing[guildId] = true;

    public bool IsMissing(string guildId) => _missing.TryGetValue(guildId, out var missing) && missing;
}
