namespace WatchBot.Platform.Resilience;

/// <summary>
/// The randomness that spreads retries (reconnect waits, Discord's first heartbeat). A seam so tests
/// can pin it; implementations must be safe to call from several connections at once.
/// </summary>
public interface IJitter
{
    /// <summary>A number in [0, 1).</summary>
    double NextFraction();
}
