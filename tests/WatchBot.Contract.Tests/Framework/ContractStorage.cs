using Npgsql;
using WatchBot.Testing.Postgres;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// Where a contract platform's host keeps its sessions and its Quartz timers: SQLite files in the
/// platform's folder (the default), or a fresh PostgreSQL database of its own, sessions and Quartz
/// tables together, created at the first start, kept across restarts and dropped when this is disposed.
/// </summary>
public sealed class ContractStorage : IAsyncDisposable
{
    private readonly bool _postgres;
    private PostgresTestDatabase? _database;

    private ContractStorage(bool postgres) => _postgres = postgres;

    /// <summary>The provider's name as <c>Storage:Provider</c> spells it.</summary>
    public string Name => _postgres ? "postgres" : "sqlite";

    public static ContractStorage Sqlite() => new(postgres: false);

    public static ContractStorage Postgres() => new(postgres: true);

    /// <summary>The storage <paramref name="provider"/> names: <c>sqlite</c> or <c>postgres</c>.</summary>
    public static ContractStorage For(string provider) => provider switch
    {
        "sqlite" => Sqlite(),
        "postgres" => Postgres(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres"),
    };

    /// <summary>The PostgreSQL server's port (what a socket to the database connects to); null on SQLite or before the first start.</summary>
    public int? DatabasePort => _database is { } database ? new NpgsqlConnectionStringBuilder(database.ConnectionString).Port : null;

    /// <summary>The host's storage arguments; <paramref name="folder"/> holds the SQLite files.</summary>
    public async Task<IReadOnlyList<string>> ArgsAsync(string folder)
    {
        if (!_postgres)
        {
            return
            [
                "--Storage:SqlitePath=" + Path.Combine(folder, "w.db"),
                "--Scheduling:SqlitePath=" + Path.Combine(folder, "q.db"),
            ];
        }

        // One database per platform run, made once: a restart must find what the first host left.
        _database ??= await PostgresTestDatabase.CreateAsync();
        return
        [
            "--Storage:Provider=postgres",
            "--Storage:ConnectionString=" + _database.ConnectionString,
        ];
    }

    /// <summary>How many rows <paramref name="table"/> of the PostgreSQL database holds (proof of what the host kept there).</summary>
    public async Task<long> RowsAsync(string table)
    {
        var database = _database ?? throw new InvalidOperationException("No PostgreSQL database: the storage is SQLite, or no host started on it.");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// On PostgreSQL, proof that the host kept its state there and not in SQLite files: the database
    /// holds sessions and the clustered scheduler's check-in (a restarted host comes back under a new
    /// AUTO name and takes over the stopped one's row, so the count is not one per start).
    /// </summary>
    public async Task AssertKeptAsync()
    {
        if (_postgres)
        {
            Assert.True(await RowsAsync("sessions") > 0, "The PostgreSQL database holds no session.");
            Assert.True(await RowsAsync("qrtz_scheduler_state") > 0, "Quartz did not check in to the PostgreSQL database.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is { } database)
        {
            _database = null;
            await database.DisposeAsync();
        }
    }
}
