namespace WatchBot.Engine.Sessions;

/// <summary>The outbox among several instances: the sweep and the leases given up at shutdown.</summary>
public sealed partial class SessionCoordinator
{
    /// <summary>
    /// Sends pending entries nobody else is sending (a dead instance's, or this one's own that wait in
    /// a channel it holds), each channel under its gate and lease; returns how many went or were given up.
    /// </summary>
    public Task<int> SweepOutboxAsync(CancellationToken cancellationToken) =>
        _relay.SweepAsync(c => _locks.AcquireAsync(c, cancellationToken), startUp: false, cancellationToken);

    /// <summary>Gives up this instance's channel leases, so the others need not wait for them to lapse.</summary>
    public Task ReleaseOutboxLeasesAsync(CancellationToken cancellationToken) => _relay.ReleaseLeasesAsync(cancellationToken);
}
