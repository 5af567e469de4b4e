using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using WatchBot.Engine.Diagnostics;

namespace WatchBot.Testing;

/// <summary>
/// Listens to one <see cref="WatchBotMetrics"/> instance (not every "WatchBot" meter in the process:
/// tests run in parallel) and keeps every measurement with its tags.
/// </summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<MetricsRecord> _records = new();

    public MetricsRecorder(WatchBotMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Keep(i, value, tags));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Keep(i, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<MetricsRecord> Records => [.. _records];

    /// <summary>The measurements of <paramref name="instrument"/> whose tags include every pair in <paramref name="tags"/>.</summary>
    public IReadOnlyList<MetricsRecord> Of(string instrument, params (string Key, string Value)[] tags) =>
        [.. _records.Where(r => r.Instrument == instrument && tags.All(t => r.Tag(t.Key) == t.Value))];

    /// <summary>Reads the observable gauges now (what an exporter does when it collects).</summary>
    public void Collect() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _records.Enqueue(new MetricsRecord(instrument.Name, instrument.Unit, value, tags.ToArray()));
}
