using Microsoft.Extensions.Logging;

namespace WatchBot.Discord.Channels;

/// <summary>Log lines of the channel lookups (EventIds 4060–4069 of Discord's 4000–4299): ids and status codes only.</summary>
internal static partial class ChannelFactsLog
{
    [LoggerMessage(4060, LogLevel.Warning, "Could not read Discord channel {ChannelId} ({Status}, code {Code}): treated as not age-restricted, so a rated:18 title is refused")]
    public static partial void LookupFailed(ILogger logger, string channelId, int status, int code);

    [LoggerMessage(4061, LogLevel.Warning, "Discord thread {ChannelId} has no parent_id: treated as not age-restricted")]
    public static partial void NoParent(ILogger logger, string channelId);
}
