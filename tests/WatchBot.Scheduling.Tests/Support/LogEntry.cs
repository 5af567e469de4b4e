using Microsoft.Extensions.Logging;

namespace WatchBot.Scheduling.Tests.Support;

/// <summary>One recorded log line.</summary>
internal sealed record LogEntry(string Category, EventId EventId, LogLevel Level, string Message, Exception? Exception);
