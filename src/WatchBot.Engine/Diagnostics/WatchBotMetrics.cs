using System.Diagnostics.Metrics;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Diagnostics;

/// <summary>
/// The one <c>WatchBot</c> meter (System.Diagnostics.Metrics) and its instruments (<see cref="MetricNames"/>).
/// Recording costs next to nothing when nobody listens; nothing leaves the process unless an exporter
/// is configured (Telemetry:OtlpEndpoint). The gauges read sources registered by the parts that own
/// the numbers (storage, platform queues), so the engine needs no reference to them.
/// </summary>
public sealed class WatchBotMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly TimeProvider _time;
    private readonly Counter<long> _commands;
    private readonly Counter<long> _restRequests;
    private readonly Counter<long> _restRateLimited;
    private readonly Histogram<double> _goLateness;
    private readonly Lock _gate = new();
    private readonly List<QueueSource> _queues = [];
    private Func<StorageVitals?>? _storage;

    /// <param name="time">The clock outbox ages are measured on.</param>
    /// <param name="meters">The host's meter factory; without one the meter is this object's own (tests, tools).</param>
    public WatchBotMetrics(TimeProvider time, IMeterFactory? meters = null)
    {
        _time = time;
        _ownsMeter = meters is null;
        _meter = meters?.Create(new MeterOptions(MetricNames.Meter)) ?? new Meter(MetricNames.Meter);
        _commands = _meter.CreateCounter<long>(MetricNames.Commands, "{command}", "Commands handled, by outcome.");
        _restRequests = _meter.CreateCounter<long>(MetricNames.RestRequests, "{request}", "Platform REST requests answered.");
        _restRateLimited = _meter.CreateCounter<long>(MetricNames.RestRateLimited, "{response}", "Platform REST answers that were 429.");
        _goLateness = _meter.CreateHistogram<double>(MetricNames.GoLateness, "ms", "From a GO's instant to its hand-over to the platform.");
        _meter.CreateObservableGauge(MetricNames.LiveSessions, ObserveLiveSessions, "{session}", "Sessions counting down, playing or paused.");
        _meter.CreateObservableGauge(MetricNames.OutboundQueueDepth, ObserveQueues, "{send}", "Sends queued, in flight or batching, per platform.");
        _meter.CreateObservableGauge(MetricNames.OutboxOldestAge, ObserveOutboxAge, "s", "Age of the oldest outbox entry not yet sent.");
    }

    /// <summary>The meter every instrument belongs to (a listener can tell this instance's apart from others in the process).</summary>
    public Meter Meter => _meter;

    public void CommandHandled(string platform, string command, string outcome) =>
        _commands.Add(1, new("platform", platform), new("command", command), new("outcome", outcome));

    /// <summary>A REST answer arrived; <paramref name="route"/> is the template (<c>POST /channels/{channel}/messages</c>), never a path with ids.</summary>
    public void RestAnswered(string platform, string route, int status)
    {
        _restRequests.Add(1, new("platform", platform), new("route", route), new("status", status));
        if (status == 429)
        {
            _restRateLimited.Add(1, new("platform", platform), new("route", route));
        }
    }

    public void GoDelivered(string platform, TimeSpan lateness) =>
        _goLateness.Record(Math.Max(0, lateness.TotalMilliseconds), new KeyValuePair<string, object?>("platform", platform));

    /// <summary>Reports <paramref name="depth"/> as the queue depth of <paramref name="platform"/> until disposed.</summary>
    public IDisposable ObserveQueue(string platform, Func<int> depth)
    {
        var source = new QueueSource(platform, depth, this);
        lock (_gate)
        {
            _queues.Add(source);
        }

        return source;
    }

    /// <summary>Where the live-session and outbox gauges read from (null while the store cannot be sampled).</summary>
    public void ObserveStorage(Func<StorageVitals?> sample) => _storage = sample;

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private IEnumerable<Measurement<long>> ObserveLiveSessions() =>
        _storage?.Invoke() is { } vitals ? [new Measurement<long>(vitals.LiveSessions)] : [];

    private IEnumerable<Measurement<double>> ObserveOutboxAge()
    {
        if (_storage?.Invoke() is not { } vitals)
        {
            return [];
        }

        var age = vitals.OldestPendingOutbox is { } oldest ? Math.Max(0, (_time.GetUtcNow() - oldest).TotalSeconds) : 0;
        return [new Measurement<double>(age)];
    }

    private List<Measurement<long>> ObserveQueues()
    {
        lock (_gate)
        {
            return [.. _queues.GroupBy(q => q.Platform, StringComparer.Ordinal)
                .Select(g => new Measurement<long>(g.Sum(q => (long)q.Depth()), new KeyValuePair<string, object?>("platform", g.Key)))];
        }
    }

    private void Remove(QueueSource source)
    {
        lock (_gate)
        {
            _queues.Remove(source);
        }
    }

    private sealed class QueueSource(string platform, Func<int> depth, WatchBotMetrics owner) : IDisposable
    {
        public string Platform => platform;

        public Func<int> Depth => depth;

        public void Dispose() => owner.Remove(this);
    }
}
