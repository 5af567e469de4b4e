using System.Diagnostics.Metrics;
using System.Globalization;

namespace WatchBot.Bench.Discord;

/// <summary>
/// Counts the session file's transactions (synced ones are one fsync of the WAL each) and the writes
/// they held, from the store's diagnostic meter: figures the machine's load does not distort.
/// </summary>
internal sealed class SqliteWriteTally : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _synced;
    private long _unsynced;
    private long _writes;

    public SqliteWriteTally()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "WatchBot.Storage.Sqlite")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Forgets what was counted so far (the warm-up).</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _synced, 0);
        Interlocked.Exchange(ref _unsynced, 0);
        Interlocked.Exchange(ref _writes, 0);
    }

    /// <summary>The counts per booking, on one line.</summary>
    public string PerBooking(long bookings)
    {
        var (synced, unsynced, writes) = (Interlocked.Read(ref _synced), Interlocked.Read(ref _unsynced), Interlocked.Read(ref _writes));
        double Per(long count) => (double)count / Math.Max(1, bookings);
        return string.Create(CultureInfo.InvariantCulture,
            $"session file: {Per(synced + unsynced):F2} transactions per booking ({Per(synced):F2} synced, one WAL fsync each), {Per(writes):F2} writes per booking, {(double)writes / Math.Max(1, synced + unsynced):F1} writes per transaction");
    }

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.Name == "watchbot.sqlite.writes")
        {
            Interlocked.Add(ref _writes, value);
            return;
        }

        var synced = tags.Length > 0 && tags[0].Value is true;
        Interlocked.Add(ref synced ? ref _synced : ref _unsynced, value);
    }
}
