using Microsoft.Extensions.Logging;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>One captured log line.</summary>
internal sealed record CapturedLog(LogLevel Level, int EventId, string Message, string Values, string? Exception)
{
    public override string ToString() => $"{Level} {EventId} {Message} [{Values}] {Exception}";
}
