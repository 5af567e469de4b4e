using Microsoft.Extensions.Logging;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// The outbound kit's log lines (EventIds 7100–7199; the kit's inbound half keeps its own range).
/// Platforms, channels, kinds and platform codes only: never message text, never tokens.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(7100, LogLevel.Error, "{Platform}: sending a {Kind} to {Channel} threw; the channel moves on")]
    public static partial void SendThrew(ILogger logger, Exception exception, string platform, string channel, string kind);

    [LoggerMessage(7101, LogLevel.Warning, "{Platform}: a {Kind} to {Channel} failed: {Status} {Detail}")]
    public static partial void SendFailed(ILogger logger, string platform, string channel, string kind, SendStatus status, string? detail);

    [LoggerMessage(7102, LogLevel.Warning, "{Platform}: a {Kind} to {Channel} was given up after {Throttles} waits")]
    public static partial void GaveUpThrottled(ILogger logger, string platform, string channel, string kind, int throttles);

    [LoggerMessage(7103, LogLevel.Information, "{Platform}: the announcement {Key} arranged ahead was {Outcome}")]
    public static partial void AheadClaimed(ILogger logger, string platform, string key, string outcome);

    [LoggerMessage(7104, LogLevel.Warning, "{Platform}: an announcement ahead without a key was ignored (it could never be claimed)")]
    public static partial void AheadWithoutKey(ILogger logger, string platform);

    [LoggerMessage(7105, LogLevel.Error, "{Platform}: telling the sender that {Channel} refused a post failed")]
    public static partial void NoteFailed(ILogger logger, Exception exception, string platform, string channel);
}
