using System.Collections.Concurrent;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// Channels where the bot may attach files, as the latest interaction there showed (its
/// <c>app_permissions</c> has Attach Files or Administrator). Unknown means no: a picture is posted
/// only where it was seen granted, so a refused upload never costs an invalid request or the text.
/// In memory: after a restart the first command in a channel tells again.
/// </summary>
internal sealed class ChannelAttachGrants
{
    private readonly ConcurrentDictionary<string, bool> _granted = new(StringComparer.Ordinal);

    /// <summary>Records the bot's permissions an interaction in <paramref name="channelId"/> carried (null: not sent, nothing learnt).</summary>
    public void Saw(string channelId, ulong? appPermissions)
    {
        if (appPermissions is { } permissions)
        {
            _granted[channelId] = (permissions & (DiscordPermissions.AttachFiles | DiscordPermissions.Administrator)) != 0;
        }
    }

    /// <summary>Discord refused a message with a file in <paramref name="channelId"/>: text only until an interaction shows the grant again.</summary>
    public void Refused(string channelId) => _granted[channelId] = false;

    public bool MayAttach(string channelId) => _granted.TryGetValue(channelId, out var granted) && granted;
}
