using Microsoft.Extensions.Logging;

namespace WatchBot.Http;

/// <summary>The inbound server's log lines (EventIds 6000–6099). Never bodies: status, path and counts.</summary>
internal static partial class Log
{
    [LoggerMessage(6000, LogLevel.Warning, "Inbound request to {Path} refused with {Status}: {Reason} ({HeldBack} more like it not logged)")]
    public static partial void RequestRefused(ILogger logger, string path, int status, string reason, int heldBack);

    [LoggerMessage(6001, LogLevel.Warning, "Inbound request to {Path} failed with {ExceptionType} at {Site}; answered 400 ({HeldBack} more failures not logged)")]
    public static partial void RequestFailed(ILogger logger, string path, string exceptionType, string site, int heldBack);

    [LoggerMessage(6002, LogLevel.Debug, "Inbound request to {Path} ended: the client went away")]
    public static partial void ClientGone(ILogger logger, string path);
}
