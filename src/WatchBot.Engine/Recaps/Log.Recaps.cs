using Microsoft.Extensions.Logging;

namespace WatchBot.Engine;

/// <summary>The recap feature's log messages (1140–1149): spaces, never who or what was said.</summary>
internal static partial class Log
{
    [LoggerMessage(1140, LogLevel.Error, "Reading the last recap on {Platform} in {Space} failed")]
    public static partial void RecapUnreadable(ILogger logger, Exception exception, string platform, string space);
}
