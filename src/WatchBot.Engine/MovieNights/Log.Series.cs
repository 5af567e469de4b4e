using Microsoft.Extensions.Logging;

namespace WatchBot.Engine;

// The series service's messages: 1085–1089 of the engine's range.
internal static partial class Log
{
    [LoggerMessage(1085, LogLevel.Information, "Series {SeriesId}: next occurrence booked as session {SessionId}")]
    public static partial void OccurrenceBooked(ILogger logger, string seriesId, string sessionId);

    [LoggerMessage(1086, LogLevel.Error, "Series {SeriesId}: booking its next occurrence failed; the next occurrence change or start-up tries again")]
    public static partial void OccurrenceBookingFailed(ILogger logger, Exception exception, string seriesId);

    [LoggerMessage(1087, LogLevel.Information, "Series: {Count} active series checked for their next occurrence")]
    public static partial void SeriesSwept(ILogger logger, int count);

    [LoggerMessage(1088, LogLevel.Error, "Series: listing the active series at start-up failed")]
    public static partial void SeriesSweepFailed(ILogger logger, Exception exception);
}
