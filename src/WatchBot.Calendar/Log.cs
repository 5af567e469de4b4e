using Microsoft.Extensions.Logging;

namespace WatchBot.Calendar;

/// <summary>The calendar feed's log lines (EventIds 7000–7099). Never a path: it holds the feed's secret.</summary>
internal static partial class Log
{
    [LoggerMessage(7000, LogLevel.Warning, "Serving a calendar feed failed with {ExceptionType}; answered 503")]
    public static partial void FeedFailed(ILogger logger, string exceptionType, Exception exception);
}
