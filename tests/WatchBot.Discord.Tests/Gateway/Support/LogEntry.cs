using Microsoft.Extensions.Logging;

namespace WatchBot.Discord.Tests.Gateway.Support;

/// <summary>One recorded log entry.</summary>
internal sealed record LogEntry(int Id, LogLevel Level, string Message, Exception? Exception);
