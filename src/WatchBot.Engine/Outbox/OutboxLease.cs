namespace WatchBot.Engine.Outbox;

/// <summary>The answer to taking a channel's lease.</summary>
/// <param name="Held">Whether the caller holds it now (until <paramref name="ExpiresAt"/>).</param>
/// <param name="ExpiresAt">When the caller's hold ends unless renewed (meaningless when not held).</param>
/// <param name="OldestPending">The id of the channel's oldest entry not yet sent, null when none.</param>
public sealed record OutboxLease(bool Held, DateTimeOffset ExpiresAt, long? OldestPending);
