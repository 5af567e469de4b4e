using System.Globalization;
using Npgsql;

namespace WatchBot.Testing.Postgres;

/// <summary>
/// A PostgreSQL cluster of the tests' own: <c>initdb</c> in a temporary folder, loopback only, trust
/// authentication, a free port and a private socket folder, durability off (a test database is thrown
/// away). As root it runs as the <c>postgres</c> user, since PostgreSQL refuses to run as root.
/// </summary>
internal sealed class ThrowawayCluster
{
    private readonly string _folder;
    private readonly string _bin;
    private readonly bool _asPostgresUser;

    private ThrowawayCluster(string folder, string bin, bool asPostgresUser, int port)
    {
        _folder = folder;
        _bin = bin;
        _asPostgresUser = asPostgresUser;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
        }.ConnectionString;
    }

    public string ConnectionString { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var bin = PostgresBinaries.Find();
        var asPostgresUser = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        await StaleClusters.SweepAsync(data => Run(bin, asPostgresUser, "pg_ctl", ["stop", "-D", data, "-m", "immediate", "-w"], TimeSpan.FromSeconds(30)));
        var folder = Path.Combine(Path.GetTempPath(), StaleClusters.Prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(folder, "socket"));
        StaleClusters.MarkOwned(folder);
        if (asPostgresUser)
        {
            await ProcessRunner.RunAsync("chown", ["-R", "postgres:postgres", folder], TimeSpan.FromMinutes(1));
        }

        var cluster = new ThrowawayCluster(folder, bin, asPostgresUser, PostgresCluster.FreePort());
        await cluster.InitAndStartAsync();
        return cluster;
    }

    /// <summary>Stops the server at once (nothing in it is kept) and removes the folder.</summary>
    public void Stop()
    {
        try
        {
            PgCtl(["stop", "-D", DataFolder, "-m", "immediate", "-w"], TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped or never started: nothing left to stop.
        }

        // Not awaited: the test host may be ended right after its exit handlers, and a removal of
        // a whole cluster outlasts that; rm carries on without us.
        try
        {
            using var removal = System.Diagnostics.Process.Start("rm", ["-rf", _folder]);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No rm: the folder is in the temporary folder, which the OS cleans.
        }
    }

    private async Task InitAndStartAsync()
    {
        var port = new NpgsqlConnectionStringBuilder(ConnectionString).Port;
        await Tool("initdb", ["-D", DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], TimeSpan.FromMinutes(2));
        var settings = string.Join(' ',
            "-c listen_addresses=127.0.0.1",
            "-p " + port.ToString(CultureInfo.InvariantCulture),
            "-k " + Path.Combine(_folder, "socket"),
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "-c max_connections=300");

        // -w: pg_ctl returns once the server accepts connections (it polls the server itself), or fails after -t.
        await PgCtl(["start", "-D", DataFolder, "-w", "-t", "120", "-l", Path.Combine(_folder, "server.log"), "-o", settings], TimeSpan.FromMinutes(3));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await PostgresCluster.ProbeAsync(ConnectionString, timeout.Token);
    }

    private Task PgCtl(IReadOnlyList<string> arguments, TimeSpan timeout) => Tool("pg_ctl", arguments, timeout);

    private Task Tool(string name, IReadOnlyList<string> arguments, TimeSpan timeout) => Run(_bin, _asPostgresUser, name, arguments, timeout);

    private static Task Run(string bin, bool asPostgresUser, string name, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var path = Path.Combine(bin, name);
        return asPostgresUser
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], timeout)
            : ProcessRunner.RunAsync(path, arguments, timeout);
    }
}
