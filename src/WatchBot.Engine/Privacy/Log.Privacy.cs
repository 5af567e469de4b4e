using Microsoft.Extensions.Logging;

namespace WatchBot.Engine;

/// <summary>The privacy feature's log messages (1095–1097): counts and spaces, never who.</summary>
internal static partial class Log
{
    [LoggerMessage(1095, LogLevel.Information, "forget-me done on {Platform} in {Space}")]
    public static partial void ForgetMeDone(ILogger logger, string platform, string space);

    [LoggerMessage(1096, LogLevel.Error, "{Command} on {Platform} in {Space} failed")]
    public static partial void PrivacyFailed(ILogger logger, Exception exception, string command, string platform, string space);

    [LoggerMessage(1097, LogLevel.Information, "Retention: {Sessions} ended sessions cleared of personal data, {AuditEntries} audit entries deleted")]
    public static partial void RetentionDone(ILogger logger, int sessions, int auditEntries);
}
