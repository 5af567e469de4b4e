using Microsoft.Extensions.Logging;

namespace WatchBot.Engine.Moderation;

/// <summary>The ban feature's log lines: ids and platform names only, never reasons (user text).</summary>
internal static partial class BanLog
{
    [LoggerMessage(1120, LogLevel.Information, "A member was {Change} by a moderator on {Platform} in {Space}")]
    public static partial void Changed(ILogger logger, string change, string platform, string space);

    [LoggerMessage(1121, LogLevel.Error, "Banning or unbanning on {Platform} in {Space} failed")]
    public static partial void Failed(ILogger logger, Exception exception, string platform, string space);

    [LoggerMessage(1122, LogLevel.Information, "Refused a banned member's {Command} on {Platform} in {Space}")]
    public static partial void RefusedBanned(ILogger logger, string command, string platform, string space);
}
