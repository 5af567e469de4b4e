using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Sqlite.Audit;
using WatchBot.Storage.Sqlite.Bans;
using WatchBot.Storage.Sqlite.Polls;
using WatchBot.Storage.Sqlite.Recaps;
using WatchBot.Storage.Sqlite.Series;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The contract suite on SQLite: a real file in a folder of the test's own.</summary>
public sealed class SqliteStorage : StorageUnderTest
{
    private readonly TempDatabase _db = new();
    private readonly List<SqliteSessionStore> _featureStores = [];

    /// <summary>The file itself, for the SQLite-only tests that sit beside a contract's subclass.</summary>
    internal TempDatabase Db => _db;

    public override Task InitializeAsync() => Task.CompletedTask;

    public override ISessionStore OpenSessions(ILogger? logger = null) =>
        logger is null ? _db.OpenStore() : _db.OpenStore(new ForwardingLogger(logger));

    public override IPlatformLinks OpenLinks() => new SqlitePlatformLinks(Database());

    public override ISpaceModerators OpenModerators() => new SqliteSpaceModerators(Database());

    public override IBans OpenBans(TimeProvider time) => new SqliteBans(Database(), time);

    public override IAuditLog OpenAuditLog() => new SqliteAuditLog(Database());

    public override ISpaceSettingsStore OpenSpaceSettings() => new SqliteSpaceSettingsStore(Database());

    public override IReminderOptOuts OpenReminderOptOuts() => new SqliteReminderOptOuts(Database());

    public override ICalendarFeeds OpenCalendarFeeds() => new SqliteCalendarFeeds(Database());

    public override ICalendarSource OpenCalendarSource() => new SqliteCalendarSource(Database());

    public override IStorageHealth OpenHealth() => new SqliteStorageHealth(Database());

    internal override async Task<FeatureStores> OpenFeaturesAsync(TimeProvider time)
    {
        // A session store of its own (a new process), with the writers the host gives SQLite's.
        var store = new SqliteSessionStore(Options.Create(_db.StorageOptions), NullLogger<SqliteSessionStore>.Instance, [new SqliteSeriesWriter(), new SqlitePollWriter()]);
        _featureStores.Add(store);
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

    internal override Task<IReadOnlyList<DatabaseScan.Hit>> ScanAsync(params string[] needles) => DatabaseScan.FindAsync(_db.FilePath, needles);

    public override Task<long> ScalarAsync(string sql) => _db.ScalarAsync(sql);

    public override Task<string> TextAsync(string sql) => _db.TextAsync(sql);

    public override string UnixMilliseconds(string column) => column;

    public override Task ExecuteAsync(string sql) => _db.ExecuteAsync(sql);

    public override ValueTask DisposeAsync()
    {
        foreach (var store in _featureStores)
        {
            store.Dispose();
        }

        _db.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The file's shared database, as another store of the same process opens it.</summary>
    internal SqliteDatabase Database() => _db.OpenStore().Database;

    /// <summary>The SQLite store asks for an <c>ILogger&lt;SqliteSessionStore&gt;</c>; the contract hands any logger.</summary>
    private sealed class ForwardingLogger(ILogger inner) : ILogger<SqliteSessionStore>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
