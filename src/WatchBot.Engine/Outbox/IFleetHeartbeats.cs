namespace WatchBot.Engine.Outbox;

/// <summary>
/// The instances sharing a database say they are alive here (one row each); each counts the live ones
/// to take its share of a budget the fleet shares. Only a shared store (PostgreSQL) registers one.
/// </summary>
public interface IFleetHeartbeats
{
    /// <summary>
    /// Records that <paramref name="instanceId"/> is alive at <paramref name="now"/> and returns how many
    /// instances (it included) were seen within <paramref name="lease"/>; one round trip.
    /// </summary>
    Task<int> BeatAsync(string instanceId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Removes <paramref name="instanceId"/> (a clean stop): its share returns to the others at their next beat.</summary>
    Task LeaveAsync(string instanceId, CancellationToken cancellationToken);
}
