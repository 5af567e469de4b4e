using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace WatchBot.Testing.Postgres;

/// <summary>
/// The PostgreSQL server the tests of this process use: the one named by <c>WATCHBOT_TEST_POSTGRES</c>
/// (a connection string to a database where it may create databases; <c>.ci/run</c> exports it), or else
/// a throwaway cluster started once per test process in a temporary folder and stopped at its exit.
/// </summary>
public static class PostgresCluster
{
    /// <summary>The environment variable that names an existing server.</summary>
    public const string EnvironmentVariable = "WATCHBOT_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Shared = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to the server's maintenance database, with the right to create databases.</summary>
    public static Task<string> AdminConnectionStringAsync() => Shared.Value;

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return given;
        }

        var cluster = await ThrowawayCluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster.ConnectionString;
    }

    /// <summary>A TCP port nobody listens on now (the OS picks it; the server binds it right after).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Connects once and asks the server something: proof that it answers queries.</summary>
    public static async Task ProbeAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
