using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Diagnostics;

/// <summary>
/// Points the gauges at their sources when the host starts: the store's counts (when a store that
/// can count is registered) and every platform's outbound queue. Stops reading them when it stops.
/// </summary>
public sealed class WatchBotGauges(
    WatchBotMetrics metrics,
    IEnumerable<IQueueDepthSource> queues,
    TimeProvider time,
    ILogger<StorageVitalsSampler> logger,
    IStorageHealth? store = null) : IHostedService
{
    private readonly List<IDisposable> _observed = [];
    private readonly StorageVitalsSampler? _storage = store is null ? null : new StorageVitalsSampler(store, time, logger);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_storage is not null)
        {
            metrics.ObserveStorage(_storage.Current);
        }

        foreach (var queue in queues)
        {
            _observed.Add(metrics.ObserveQueue(queue.Platform, () => queue.Pending));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        metrics.ObserveStorage(() => null);
        foreach (var observed in _observed)
        {
            observed.Dispose();
        }

        _observed.Clear();
        return Task.CompletedTask;
    }
}
