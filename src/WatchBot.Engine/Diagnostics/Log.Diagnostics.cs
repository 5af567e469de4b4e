using Microsoft.Extensions.Logging;

namespace WatchBot.Engine;

/// <summary>Metrics' log lines (EventIds 1150–1159).</summary>
internal static partial class Log
{
    [LoggerMessage(1150, LogLevel.Debug, "Storage could not be sampled for the gauges ({ExceptionType}); they report nothing this time")]
    public static partial void VitalsUnreadable(ILogger logger, string exceptionType);
}
