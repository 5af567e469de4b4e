namespace WatchBot.Engine.Outbox;

/// <summary>What the relay needs to share the outbox with other instances: the leases, this instance's name, the settings.</summary>
public sealed record OutboxFleet(IOutboxLeases Leases, FleetInstance Instance, OutboxOptions Options);
