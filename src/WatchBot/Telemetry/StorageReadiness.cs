using WatchBot.Engine.Ports;
using WatchBot.Http.Health;

namespace WatchBot.Telemetry;

/// <summary>Ready when the storage in use answers a trivial query (<see cref="IStorageHealth.PingAsync"/>).</summary>
internal sealed class StorageReadiness(IStorageHealth storage) : IReadinessCheck
{
    public string Name => "database";

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        await storage.PingAsync(cancellationToken);
        return true;
    }
}
