namespace WatchBot.Failover.Tests;

/// <summary>A session row as the shared database holds it after the run.</summary>
internal sealed record StoredSession(string Id, string ChannelId, string Phase, DateTimeOffset? ScheduledFor, DateTimeOffset? StartedAt);
