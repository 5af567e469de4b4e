namespace WatchBot.Core.Kernel;

/// <summary>
/// A request to be woken that any feature can arm: which aggregate, which of its timers, the
/// instant it is about, and when to fire. Only (aggregate, kind) identifies it: arming the same pair
/// again replaces the previous one. The target makes firing idempotent: the feature acts only if
/// its aggregate still waits for that instant.
/// </summary>
/// <param name="Aggregate">The aggregate to wake; its kind picks the handler.</param>
/// <param name="Kind">The feature's name for the timer (stored: add kinds, never rename them).</param>
/// <param name="Target">The aggregate's instant the timer is about.</param>
/// <param name="DueAt">When to fire.</param>
public sealed record AggregateTimer(AggregateKey Aggregate, string Kind, DateTimeOffset Target, DateTimeOffset DueAt);
