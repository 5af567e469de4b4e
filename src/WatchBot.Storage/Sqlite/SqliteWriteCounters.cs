using System.Diagnostics.Metrics;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// What the session file's group commit did: transactions committed (tag <c>synced</c>: whether the
/// WAL was synced to disk, one fsync) and the writes they held. Load does not distort these counts,
/// so the booking benchmark prints them per booking. A meter of its own, not exported: a diagnostic.
/// </summary>
internal static class SqliteWriteCounters
{
    public const string MeterName = "WatchBot.Storage.Sqlite";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> TransactionCounter = Meter.CreateCounter<long>("watchbot.sqlite.transactions", "{transaction}");

    private static readonly Counter<long> WriteCounter = Meter.CreateCounter<long>("watchbot.sqlite.writes", "{write}");

    public static void Committed(int writes, bool synced)
    {
        TransactionCounter.Add(1, new KeyValuePair<string, object?>("synced", synced));
        WriteCounter.Add(writes);
    }
}
