using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Sqlite.Audit;
using WatchBot.Storage.Sqlite.Bans;
using WatchBot.Storage.Sqlite.Polls;
using WatchBot.Storage.Sqlite.Recaps;
using WatchBot.Storage.Sqlite.Series;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The feature stores on a real SQLite file in a folder of the test's own.</summary>
internal sealed class SqliteFeatureProvider : IFeatureProvider
{
    private readonly TempDatabase _db = new();
    private readonly List<SqliteSessionStore> _stores = [];

    public async Task<FeatureStores> OpenAsync(TimeProvider time)
    {
        var store = new SqliteSessionStore(Options.Create(_db.StorageOptions), NullLogger<SqliteSessionStore>.Instance, [new SqliteSeriesWriter(), new SqlitePollWriter()]);
        _stores.Add(store);
        await store.InitializeAsync(CancellationToken.None);
        var db = store.Database;
        return new FeatureStores(
            store,
            new SqliteSeriesStore(db),
            new SqlitePollStore(db),
            new SqliteRecaps(db),
            new SqlitePersonalData(db, time),
            new SqliteBans(db, time),
            new SqliteAuditLog(db),
            new SqliteReminderOptOuts(db),
            new SqliteSpaceModerators(db));
    }

    public Task ExecuteAsync(string sql) => _db.ExecuteAsync(sql);

    public Task<long> ScalarAsync(string sql) => _db.ScalarAsync(sql);

    public Task<IReadOnlyList<DatabaseScan.Hit>> ScanAsync(params string[] needles) => DatabaseScan.FindAsync(_db.FilePath, needles);

    public ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _db.Dispose();
        return ValueTask.CompletedTask;
    }
}
