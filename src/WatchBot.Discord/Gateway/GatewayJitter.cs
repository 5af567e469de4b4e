namespace WatchBot.Discord.Gateway;

/// <summary>
/// The randomness of the gateway (first-heartbeat jitter, reconnect jitter), injectable so tests can
/// fix it. Thread-safe: shards draw from one instance.
/// </summary>
public sealed class GatewayJitter(Random random)
{
    private readonly Lock _gate = new();

    /// <summary>A value in [0, 1).</summary>
    public double NextDouble()
    {
        lock (_gate)
        {
            return random.NextDouble();
        }
    }
}
