namespace WatchBot.Engine.Ports;

/// <summary>What <see cref="IStorageHealth.SampleAsync"/> counted.</summary>
/// <param name="LiveSessions">Sessions counting down, playing or paused, on every platform.</param>
/// <param name="OldestPendingOutbox">When the oldest entry not yet sent was written; null when none waits.</param>
public sealed record StorageVitals(long LiveSessions, DateTimeOffset? OldestPendingOutbox);
