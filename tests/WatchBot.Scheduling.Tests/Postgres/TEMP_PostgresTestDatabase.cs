// TEMPORARY stand-in until d/pgcore's fixture is merged; deleted then.
using Npgsql;

namespace WatchBot.Testing.Postgres;

public sealed class PostgresTestDatabase : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _admin = Environment.GetEnvironmentVariable("WATCHBOT_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55611;Username=postgres;Database=postgres";

    public string Name { get; } = "wbq_" + Guid.NewGuid().ToString("N");

    public string ConnectionString { get; private set; } = string.Empty;

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var database = new PostgresTestDatabase();
        await database.InitializeAsync();
        return database;
    }

    public async Task InitializeAsync()
    {
        await AdminAsync($"CREATE DATABASE \"{Name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = Name }.ConnectionString;
    }

    public Task DisposeAsync() => AdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
