using Microsoft.Extensions.Logging;

namespace WatchBot.Engine;

// The audit log's messages (EventIds 1090–1094), apart so that features adding messages at once do not collide in Log.cs.
internal static partial class Log
{
    [LoggerMessage(1090, LogLevel.Error, "Appending a {Action} audit entry on {Platform} in {Space} failed; the action itself stands")]
    public static partial void AuditAppendFailed(ILogger logger, Exception exception, string action, string platform, string space);

    [LoggerMessage(1091, LogLevel.Error, "Posting a {Action} audit entry to the audit channel on {Platform} in {Space} failed")]
    public static partial void AuditPostFailed(ILogger logger, Exception exception, string action, string platform, string space);

    [LoggerMessage(1092, LogLevel.Error, "Reading the audit log on {Platform} in {Space} failed")]
    public static partial void AuditReadFailed(ILogger logger, Exception exception, string platform, string space);
}
