using Microsoft.Extensions.Logging;

namespace WatchBot.Engine;

/// <summary>The outbox among several instances (EventIds 1040–1049): leases and the sweep. Channels and ids only.</summary>
internal static partial class Log
{
    [LoggerMessage(1040, LogLevel.Debug, "Outbox: {Channel} is leased by another instance; its entries are left to it")]
    public static partial void OutboxChannelHeldElsewhere(ILogger logger, string channel);

    [LoggerMessage(1041, LogLevel.Error, "Outbox: taking the lease of {Channel} failed; its entries stay pending for the next sweep")]
    public static partial void OutboxLeaseFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(1042, LogLevel.Information, "Outbox sweep: {Count} pending announcements sent")]
    public static partial void OutboxSwept(ILogger logger, int count);

    [LoggerMessage(1043, LogLevel.Error, "Outbox sweep failed; the next one retries")]
    public static partial void OutboxSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(1044, LogLevel.Warning, "Outbox: giving up this instance's channel leases at shutdown failed; they lapse by themselves")]
    public static partial void OutboxReleaseFailed(ILogger logger, Exception exception);
}
