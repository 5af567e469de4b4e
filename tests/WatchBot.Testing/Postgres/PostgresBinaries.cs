namespace WatchBot.Testing.Postgres;

/// <summary>Where <c>initdb</c> and <c>pg_ctl</c> are: Debian keeps them off the PATH, in /usr/lib/postgresql/&lt;version&gt;/bin.</summary>
internal static class PostgresBinaries
{
    public static string Find()
    {
        const string Debian = "/usr/lib/postgresql";
        if (Directory.Exists(Debian))
        {
            var newest = Directory.GetDirectories(Debian)
                .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
                .Where(x => x.version >= 0 && File.Exists(Path.Combine(x.dir, "bin", "initdb")))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.dir, "bin"))
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")));
        return onPath ?? throw new InvalidOperationException(
            $"No PostgreSQL for the tests: set {PostgresCluster.EnvironmentVariable} to a connection string, or install the postgresql package (initdb not found).");
    }
}
