using Microsoft.Extensions.Logging;

namespace WatchBot.Pictures;

internal static partial class Log
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "No text font could be loaded from {Paths}: pictures are left out, announcements go as text")]
    public static partial void NoTextFont(ILogger logger, string paths);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Pictures drawn with {Text} and emoji with {Emoji}")]
    public static partial void FontsLoaded(ILogger logger, string text, string emoji);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "A {Kind} picture could not be drawn: the announcement goes as text")]
    public static partial void DrawFailed(ILogger logger, Exception exception, string kind);
}
