using Npgsql;
using Xunit;

namespace WatchBot.Testing.Postgres;

/// <summary>
/// A new, empty database on the tests' PostgreSQL server (<see cref="PostgresCluster"/>), dropped
/// afterwards. Use it as a class fixture (one per test class) or create one per test with
/// <see cref="CreateAsync"/>; creating one takes a few milliseconds.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime, IAsyncDisposable
{
    private string? _admin;

    /// <summary>The database's name: unique per instance, safe to quote.</summary>
    public string Name { get; } = "watchbot_test_" + Guid.NewGuid().ToString("N");

    /// <summary>A connection string to the new database (after <see cref="InitializeAsync"/>).</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var database = new PostgresTestDatabase();
        await database.InitializeAsync();
        return database;
    }

    public async Task InitializeAsync()
    {
        _admin = await PostgresCluster.AdminConnectionStringAsync();
        await AdminAsync($"CREATE DATABASE \"{Name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = Name }.ConnectionString;
    }

    /// <summary>Drops the database; FORCE ends the connections a test's pool still holds.</summary>
    public async Task DisposeAsync()
    {
        if (_admin is not null)
        {
            await AdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
