using Microsoft.Extensions.Logging;

namespace WatchBot.Platform.RateLimits;

/// <summary>The fleet budget's log lines (EventIds 7200–7209). Counts only.</summary>
internal static partial class Log
{
    [LoggerMessage(7200, LogLevel.Debug, "Fleet: this instance's share is {Share} of {Total} requests per second ({Live} live instances)")]
    public static partial void FleetShare(ILogger logger, int share, int total, int live);

    [LoggerMessage(7201, LogLevel.Warning, "Fleet: the heartbeat failed; the last share is kept")]
    public static partial void FleetBeatFailed(ILogger logger, Exception exception);
}
