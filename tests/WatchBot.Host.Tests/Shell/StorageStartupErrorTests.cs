using WatchBot.Testing.Postgres;

namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// The real binary with a PostgreSQL setting it cannot use: one line on stderr naming the key or the
/// server (host and database only), exit code 2, and never the password.
/// </summary>
public sealed class StorageStartupErrorTests
{
    private const string Password = "hunter2-pg-secret";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Postgres_WithoutConnectionString_NamesTheKey()
    {
        var line = await OneLineAsync(["--Storage:Provider=postgres"]);

        Assert.Contains("Storage:ConnectionString must be set", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProvider_NamesTheKeyAndTheValue()
    {
        var line = await OneLineAsync(["--Storage:Provider=mysql"]);

        Assert.Contains("Storage:Provider must be 'sqlite' (the default) or 'postgres'", line, StringComparison.Ordinal);
        Assert.Contains("\"mysql\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_ConnectionStringWithoutHost_NamesTheKey_NeverItsValue()
    {
        var line = await OneLineAsync(["--Storage:Provider=postgres", $"--Storage:ConnectionString=Database=bot;Password={Password}"]);

        Assert.Contains("Storage:ConnectionString must name a Host", line, StringComparison.Ordinal);
        Assert.Contains("Storage:ConnectionString is set", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_UnreachableServer_NamesHostAndDatabase_NeverThePassword()
    {
        var port = PostgresCluster.FreePort();

        var line = await OneLineAsync(
            ["--Storage:Provider=postgres", $"--Storage:ConnectionString=Host=127.0.0.1;Port={port};Database=bot;Username=bot;Password={Password};Timeout=5"]);

        Assert.Contains($"the PostgreSQL session database 127.0.0.1:{port}/bot cannot be used: cannot connect (ConnectionRefused).", line, StringComparison.Ordinal);
    }

    private static async Task<string> OneLineAsync(string[] arguments)
    {
        using var folder = new TempFolder();
        await using var bot = ShellProcess.Start(folder.Path, arguments: arguments);
        bot.CloseInput();

        var exitCode = await bot.WaitForExitAsync(Generous);

        var lines = bot.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Equal(2, exitCode);
        Assert.StartsWith("WatchBot cannot start: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, bot.Errors, StringComparison.Ordinal);
        Assert.Empty(bot.Lines);
        return line;
    }
}
