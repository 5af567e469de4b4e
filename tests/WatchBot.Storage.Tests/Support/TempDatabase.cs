using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Storage.Sqlite;

namespace WatchBot.Storage.Tests.Support;

/// <summary>A real SQLite file in a folder of the test's own; every store opened on it is disposed and the folder removed.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public TempDatabase()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "watchbot-storage-tests", Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(Folder, "watchbot.db");

    public StorageOptions StorageOptions => new() { SqlitePath = FilePath };

    /// <summary>A new store instance on the file: what a restarted process sees.</summary>
    public SqliteSessionStore OpenStore(ILogger<SqliteSessionStore>? logger = null) => StoreAt(FilePath, logger);

    /// <summary>A store on another file (inside the test's folder, so it is cleaned up too).</summary>
    public SqliteSessionStore StoreAt(string path, ILogger<SqliteSessionStore>? logger = null) =>
        Own(new SqliteSessionStore(
            Options.Create(new StorageOptions { SqlitePath = path }),
            logger ?? NullLogger<SqliteSessionStore>.Instance));

    /// <summary>The store's database with other migrations, for migration tests.</summary>
    public SqliteDatabase OpenDatabase(IReadOnlyList<SqliteMigration>? migrations = null) =>
        Own(new SqliteDatabase(StorageOptions, NullLogger.Instance, migrations));

    /// <summary>A value read straight from the file, past the store, on an unpooled connection.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        var text = await TextAsync(sql);
        return long.Parse(text, CultureInfo.InvariantCulture);
    }

    public async Task<string> TextAsync(string sql)
    {
        await using var connection = RawConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = RawConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; a failed cleanup must not fail the test that ran.
        }
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    private SqliteConnection RawConnection() =>
        new(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
}
