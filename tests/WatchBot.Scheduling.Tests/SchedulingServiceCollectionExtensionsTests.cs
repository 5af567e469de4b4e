using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Scheduling.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Scheduling.Tests;

/// <summary>What AddWatchBotScheduling sets up: the file, Quartz's tables, the options and the clock.</summary>
public sealed class SchedulingServiceCollectionExtensionsTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Start_OnAFreshFolder_CreatesTheFileAndQuartzTables()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_folder.DatabasePath)));
        await using var host = SchedulingHost.Create(_folder.DatabasePath, _time);

        await host.StartAsync();

        Assert.True(File.Exists(_folder.DatabasePath));
        var tables = await QueryAsync("SELECT name FROM sqlite_master WHERE type = 'table'");
        Assert.Superset(
            new HashSet<string> { "QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS", "QRTZ_FIRED_TRIGGERS", "QRTZ_LOCKS", "QRTZ_SCHEDULER_STATE" },
            tables.ToHashSet());
    }

    [Fact]
    public async Task TheStore_UsesTheWriteAheadLog_SoBurstsOfTimersFireOnTime()
    {
        await using var host = SchedulingHost.Create(_folder.DatabasePath, _time);
        await host.StartAsync();
        var now = _time.GetUtcNow();

        await host.Timers.ArmAsync(new SessionTimer(new SessionId("0a0a0a0a0a0a"), TimerKind.Go, now.AddMinutes(5), now.AddMinutes(5)), None);

        Assert.Equal(["wal"], await QueryAsync("PRAGMA journal_mode"));
        Assert.True(File.Exists(_folder.DatabasePath + "-wal"));
    }

    [Fact]
    public async Task Arm_StoresTheJobDataAsText()
    {
        await using var host = SchedulingHost.Create(_folder.DatabasePath, _time);
        await host.StartAsync();
        var now = _time.GetUtcNow();
        var timer = new SessionTimer(new SessionId("feedc0ffee00"), TimerKind.Go, now.AddMinutes(5), now.AddMinutes(4));

        await host.Timers.ArmAsync(timer, None);

        // A flat JSON object of strings (Quartz's System.Text.Json serializer, string-properties mode).
        var stored = Assert.Single(await QueryAsync("SELECT JOB_DATA FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = 'feedc0ffee00/Go'"));
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(stored);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["aggregateKind"] = "session",
                ["aggregateId"] = "feedc0ffee00",
                ["sessionId"] = "feedc0ffee00",
                ["kind"] = "Go",
                ["target"] = "2026-11-22T20:05:00.0000000+00:00",
                ["dueAt"] = "2026-11-22T20:04:00.0000000+00:00",
            },
            data);
    }

    [Theory]
    [InlineData("Scheduling:SqlitePath", "", "Scheduling:SqlitePath")]
    [InlineData("Scheduling:SqlitePath", " ", "Scheduling:SqlitePath")]
    [InlineData("Scheduling:MisfireThreshold", "00:00:00", "Scheduling:MisfireThreshold")]
    [InlineData("Scheduling:MisfireThreshold", "-00:01:00", "Scheduling:MisfireThreshold")]
    public async Task Start_WithOptionsThatMakeNoSense_FailsNamingTheKey(string key, string value, string named)
    {
        await using var host = SchedulingHost.Create(_folder.DatabasePath, _time, new Dictionary<string, string?> { [key] = value });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(host.StartHostOnlyAsync);

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.DatabasePath));
    }

    [Fact]
    public async Task MisfireThreshold_FromConfiguration_IsWhatQuartzUses()
    {
        await using var host = SchedulingHost.Create(_folder.DatabasePath, _time, new Dictionary<string, string?> { ["Scheduling:MisfireThreshold"] = "00:00:05" });

        await host.StartAsync();

        // The default scheduler's store options are the unnamed ones.
        var store = host.Services.GetRequiredService<IOptionsMonitor<AdoJobStoreOptions>>().Get(Options.DefaultName);
        Assert.Equal(TimeSpan.FromSeconds(5), store.MisfireThreshold);
        Assert.True(store.StoreJobDataAsStrings);
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new SchedulingOptions();

        Assert.Equal("data/quartz.db", options.SqlitePath);
        Assert.Equal(TimeSpan.FromMinutes(1), options.MisfireThreshold);
        Assert.True(new SchedulingOptionsValidator().Validate(null, options).Succeeded);
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _folder.DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetValue(0) switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            });
        }

        return rows;
    }
}
