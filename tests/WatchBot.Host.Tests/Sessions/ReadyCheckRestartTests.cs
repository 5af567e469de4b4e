using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Sessions;
using WatchBot.Host.Tests.Shell;
using WatchBot.Storage;
using WatchBot.Storage.Sqlite;
using WatchBot.Testing;

namespace WatchBot.Host.Tests.Sessions;

/// <summary>
/// A ready check on the real SQLite file with a manual clock: the timers drive it, nothing sleeps,
/// and a deadline that passes while the process is down starts the session on its return.
/// </summary>
public sealed class ReadyCheckRestartTests : IDisposable
{
    private static readonly ChannelAddress Channel = new("test", "guild", "channel");
    private static readonly Actor Alice = new(new UserRef("test", "u1", "alice"), IsModerator: false);
    private static readonly Actor Bob = new(new UserRef("test", "u2", "bob"), IsModerator: false);
    private static readonly Actor Carol = new(new UserRef("test", "u3", "carol"), IsModerator: false);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly List<ServiceProvider> _lives = [];

    [Fact]
    public async Task HeldUntilTheCount_ThenTheCountdownReachesGo()
    {
        var life = Life();
        await life.Coordinator.HandleTextAsync(Channel, Alice, "/watch start title:Heat ready:2 in:5s", CancellationToken.None);
        await life.Coordinator.HandleTextAsync(Channel, Bob, "/watch ready", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(life.Platform.Of<CountdownStarted>());
        Assert.True(SessionRules.IsHeldForReady((await life.Store.FindLiveAsync(Channel, CancellationToken.None))!));

        await life.Coordinator.HandleTextAsync(Channel, Carol, "/watch ready", CancellationToken.None);
        var countdown = Assert.Single(life.Platform.Of<CountdownStarted>());
        _time.Advance(countdown.Target - _time.GetUtcNow());

        Assert.Equal(ReadyRelease.Reached, Assert.Single(life.Platform.Of<ReadyCheckReleased>()).Why);
        Assert.Single(life.Platform.Of<PlaybackStarted>());
        Assert.Null((await life.Store.FindLiveAsync(Channel, CancellationToken.None))!.ReadyCheck);
    }

    [Fact]
    public async Task TheDeadlinePassesWhileDown_TheNextProcessStartsItAnyway_AndTheOldTimerSaysNothing()
    {
        var first = Life();
        await first.Coordinator.HandleTextAsync(Channel, Alice, "/watch start title:Heat ready:3 wait:2m", CancellationToken.None);
        await first.Coordinator.HandleTextAsync(Channel, Bob, "/watch ready", CancellationToken.None);
        var deadline = Assert.Single(first.Timers.History, t => t.Kind == TimerKind.ReadyDeadline);

        // Down past the deadline: the old process's timers wake nobody.
        first.Timers.Handler = null;
        _time.Advance(TimeSpan.FromMinutes(3));
        var second = Life();
        await second.Coordinator.RecoverAsync(CancellationToken.None);
        await second.Coordinator.OnTimerAsync(deadline, CancellationToken.None);

        var released = Assert.Single(second.Platform.Of<ReadyCheckReleased>());
        Assert.Equal(ReadyRelease.Deadline, released.Why);
        Assert.Equal([Alice.User], released.Tally.WaitingFor);
        var countdown = Assert.Single(second.Platform.Of<CountdownStarted>());
        Assert.Equal(_time.GetUtcNow() + new SessionRulesOptions().DefaultCountdown, countdown.Target, TimeSpan.FromSeconds(1));
        _time.Advance(countdown.Target - _time.GetUtcNow());
        Assert.Single(second.Platform.Of<PlaybackStarted>());
    }

    [Fact]
    public async Task TheDeadlineAheadAtRestart_IsArmedAgainAndFiresOnTime()
    {
        var first = Life();
        await first.Coordinator.HandleTextAsync(Channel, Alice, "/watch start title:Heat ready:3 wait:5m", CancellationToken.None);
        first.Timers.Handler = null;
        _time.Advance(TimeSpan.FromMinutes(1));

        var second = Life();
        await second.Coordinator.RecoverAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(3));
        Assert.Empty(second.Platform.Of<ReadyCheckReleased>());
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(ReadyRelease.Deadline, Assert.Single(second.Platform.Of<ReadyCheckReleased>()).Why);
    }

    public void Dispose()
    {
        foreach (var life in _lives)
        {
            life.Dispose();
        }

        _folder.Dispose();
    }

    /// <summary>One process: the store on the same file, its own timers, platform and coordinator.</summary>
    private (SessionCoordinator Coordinator, RecordingPublisher Platform, ManualSessionTimers Timers, SqliteSessionStore Store) Life()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(_folder.Path, "watchbot.db") })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddWatchBotStorage(configuration)
            .BuildServiceProvider();
        _lives.Add(services);
        var store = services.GetRequiredService<SqliteSessionStore>();
        var platform = new RecordingPublisher();
        var timers = new ManualSessionTimers(_time);
        var coordinator = new SessionCoordinator(
            store,
            timers,
            new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [platform]),
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance);
        timers.Handler = coordinator;
        return (coordinator, platform, timers, store);
    }
}
