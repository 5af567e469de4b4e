using Microsoft.Extensions.Logging;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Diagnostics;

/// <summary>
/// Feeds the live-session and outbox gauges from <see cref="IStorageHealth"/>. Gauges are read
/// synchronously when an exporter collects (once a minute by default), so a sample is kept for a
/// second (both gauges read the same one) and a store that does not answer within two seconds
/// reports nothing rather than holding the exporter up.
/// </summary>
public sealed class StorageVitalsSampler(IStorageHealth storage, TimeProvider time, ILogger<StorageVitalsSampler> logger)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private (DateTimeOffset At, StorageVitals Vitals)? _last;

    /// <summary>The latest counts, sampled now if the last sample is older than a second; null when the store cannot be read.</summary>
    public StorageVitals? Current()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_last is { } last && now - last.At < Freshness && now >= last.At)
            {
                return last.Vitals;
            }
        }

        try
        {
            var vitals = storage.SampleAsync(CancellationToken.None).WaitAsync(Patience, time).GetAwaiter().GetResult();
            lock (_gate)
            {
                _last = (now, vitals);
            }

            return vitals;
        }
#pragma warning disable CA1031 // Any failure to read means "no sample this time"; the readiness check is what reports it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.VitalsUnreadable(logger, ex.GetType().Name);
            return null;
        }
    }
}
