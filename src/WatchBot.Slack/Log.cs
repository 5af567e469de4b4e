using Microsoft.Extensions.Logging;

namespace WatchBot.Slack;

/// <summary>
/// Every Slack log line (EventIds 5000–5299; Socket Mode uses 5300–5499). Never tokens, secrets or
/// message text: ids, method names and error codes only.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Information, "Slack is on: transport {Transport}, API {ApiBase}")]
    public static partial void SlackEnabled(ILogger logger, string transport, string apiBase);

    [LoggerMessage(5001, LogLevel.Warning, "Slack request refused: {Reason} on {Path}")]
    public static partial void RequestRefused(ILogger logger, string reason, string path);

    [LoggerMessage(5002, LogLevel.Information, "Slack request ignored as a duplicate: {Key}")]
    public static partial void Duplicate(ILogger logger, string key);

    [LoggerMessage(5003, LogLevel.Warning, "Slack request malformed on {Path}: {Problem}")]
    public static partial void Malformed(ILogger logger, string path, string problem);

    [LoggerMessage(5004, LogLevel.Warning, "Slack command handling outlived the ack budget in {Team}/{Channel}; the answer follows via the Web API")]
    public static partial void AnsweredLate(ILogger logger, string team, string channel);

    [LoggerMessage(5005, LogLevel.Error, "Slack command failed in {Team}/{Channel}")]
    public static partial void CommandFailed(ILogger logger, Exception exception, string team, string channel);

    [LoggerMessage(5100, LogLevel.Warning, "Slack API {Method} answered {Error}")]
    public static partial void ApiError(ILogger logger, string method, string error);

    [LoggerMessage(5101, LogLevel.Information, "Slack API {Method} rate limited; retrying in {Delay}")]
    public static partial void RateLimited(ILogger logger, string method, TimeSpan delay);

    [LoggerMessage(5102, LogLevel.Warning, "Slack API {Method} request failed (attempt {Attempt})")]
    public static partial void ApiRequestFailed(ILogger logger, Exception exception, string method, int attempt);

    [LoggerMessage(5200, LogLevel.Error, "Slack send failed for {Notice} in {Channel}")]
    public static partial void SendFailed(ILogger logger, Exception exception, string notice, string channel);

    [LoggerMessage(5201, LogLevel.Warning, "Slack: the bot is not in {Channel} ({Error}); told the user to invite it")]
    public static partial void NotInChannel(ILogger logger, string channel, string error);

    [LoggerMessage(5202, LogLevel.Information, "Slack scheduled message {Outcome} for {Key}")]
    public static partial void ScheduledGo(ILogger logger, string outcome, string key);

    [LoggerMessage(5250, LogLevel.Information, "Slack workspace {Team} did not grant users:read ({Error}): people's times are read in the workspace's zone")]
    public static partial void UsersReadNotGranted(ILogger logger, string team, string error);

    [LoggerMessage(5251, LogLevel.Debug, "Slack users.info for {User} in {Team} gave no zone ({Outcome}); the workspace's zone is used")]
    public static partial void UserZoneUnknown(ILogger logger, string user, string team, string outcome);

    [LoggerMessage(5252, LogLevel.Information, "Slack workspace {Team} did not grant files:write: recaps go without their picture")]
    public static partial void NoFilesWrite(ILogger logger, string team);
}
