using System.Text.Json.Nodes;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rendering;
using WatchBot.Discord.Rest;
using WatchBot.Engine.Ports;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Events;

/// <summary>
/// Tells a guild, once ever, why its movie nights are not in the Events tab: the permission is
/// missing, or the guild has Discord's 100 upcoming events. Told to whoever just booked (privately,
/// through the interaction's follow-up) or, with no interaction at hand, in the channel. Remembered
/// in the platform links (<c>event-note:{guild}:{reason}</c>), so a restart does not tell again.
/// </summary>
internal sealed class DiscordEventNotes(IDiscordRestClient rest, IPlatformLinks links)
{
    public const string Permission = "permission";
    public const string Limit = "limit";

    public static string LinkKey(string guildId, string reason) => $"event-note:{guildId}:{reason}";

    /// <summary>Says <paramref name="reason"/>'s words unless this guild was told already; true when it says them now.</summary>
    public async Task<bool> TellOnceAsync(ChannelAddress channel, Snowflake channelId, string reason, SendCause? cause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var key = LinkKey(channel.SpaceId, reason);
        if (await links.GetAsync(DiscordPlatform.Name, key, cancellationToken) is not null)
        {
            return false;
        }

        // Recorded before it is said: a note lost to a crash is better than a note said twice.
        await links.SetAsync(DiscordPlatform.Name, key, "told", cancellationToken);
        var line = Words(reason);
        var (route, body) = cause is DiscordSendCause interaction
            ? (DiscordRoute.FollowUp(interaction.ApplicationId, interaction.Token), (JsonNode)DiscordMarkup.Reply(new Reply(line)).ToJson())
            : (DiscordRoute.CreateMessage(channelId), DiscordMarkup.Announcement(new Announcement(line)).ToJson());
        await rest.SendAsync(route, body, cancellationToken);
        return true;
    }

    /// <summary>What to tell: what is missing, what to grant, and that everything else works.</summary>
    public static ViewLine Words(string reason) => reason == Limit
        ? ViewLine.Of(
            new TextPart("This server has Discord's maximum of 100 upcoming events, so movie nights are not listed in the Events tab. "),
            new TextPart("Everything else works; once older events end or are deleted, new bookings are listed again."))
        : ViewLine.Of(
            new TextPart("To list movie nights in the Events tab, give WatchBot the "),
            new TextPart("Create Events", TextStyle.Strong),
            new TextPart(" permission (Server Settings → Roles). Everything else works without it."));
}
