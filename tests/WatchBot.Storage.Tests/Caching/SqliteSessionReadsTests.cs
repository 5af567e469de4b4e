using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Sessions.Caching;
using WatchBot.Storage.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Caching;

/// <summary>
/// On SQLite the channel reads every command makes are cached (one process owns the file): the
/// coordinator over the storage the host wires, on a real file, sees each change at the next command.
/// </summary>
public sealed class SqliteSessionReadsTests : IAsyncLifetime, IAsyncDisposable
{
    private static readonly ChannelAddress Channel = new("discord", "g1", "c1");
    private static readonly Actor Alice = new(new UserRef("discord", "u1", "alice"), IsModerator: false);
    private static readonly Actor Bob = new(new UserRef("discord", "u2", "bob"), IsModerator: false);
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private ServiceProvider _bot = null!;
    private SessionCoordinator _coordinator = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Storage:SqlitePath", _db.FilePath)])
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_time);
        services.AddWatchBotEngine(configuration).AddWatchBotStorage(configuration);
        _bot = services.BuildServiceProvider();
        foreach (var hosted in _bot.GetServices<IHostedService>().Where(h => h.GetType().Namespace?.StartsWith("WatchBot.Storage", StringComparison.Ordinal) == true))
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var platform = new RecordingPublisher();
        var timers = new ManualSessionTimers(_time);
        _coordinator = new SessionCoordinator(
            _bot.GetRequiredService<ISessionStore>(),
            timers,
            new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [platform]),
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance,
            spaces: _bot.GetRequiredService<ISpaceSettingsStore>(),
            series: _bot.GetRequiredService<ISeriesStore>(),
            polls: _bot.GetRequiredService<IPollStore>());
        timers.Handler = _coordinator;
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _db.Dispose();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void TheChannelReads_AreCached()
    {
        Assert.IsType<CachedSessionStore>(_bot.GetRequiredService<ISessionStore>());
        Assert.IsType<CachedSeriesStore>(_bot.GetRequiredService<ISeriesStore>());
        Assert.IsType<CachedPollStore>(_bot.GetRequiredService<IPollStore>());
    }

    [Fact]
    public async Task EachCommand_SeesTheSessionThePreviousOneStartedEndedOrRescheduled()
    {
        var caches = _bot.GetRequiredService<SessionReadCaches>();
        Assert.Null((await Status()).Live);
        Assert.Null((await Status()).Live);
        Assert.Equal(1, caches.Live.Count);

        await Say(Alice, "/watch start title:Heat");
        Assert.Equal("Heat", (await Status()).Live?.Title);

        await Say(Alice, "/watch end");
        Assert.Null((await Status()).Live);

        await Say(Alice, "/watch schedule title:Alien at:\"in 2h\"");
        Assert.Equal(TestTime.Start.AddHours(2), Assert.Single((await Status()).Upcoming).ScheduledFor);

        await Say(Alice, "/watch reschedule at:\"in 3h\"");
        Assert.Equal(TestTime.Start.AddHours(3), Assert.Single((await Status()).Upcoming).ScheduledFor);
    }

    [Fact]
    public async Task APollOpenedNominatedAndClosed_IsSeenByTheNextRead()
    {
        var polls = _bot.GetRequiredService<IPollStore>();
        await Say(Alice, "/watch schedule title:\"Movie night\" at:\"in 3h\"");
        Assert.Empty(await polls.ListOpenAsync(Channel, CancellationToken.None));

        await Say(Alice, "/watch poll");
        Assert.Empty(Assert.Single(await polls.ListOpenAsync(Channel, CancellationToken.None)).Nominations);

        await Say(Bob, "/watch nominate title:Heat");
        Assert.Equal("Heat", Assert.Single(Assert.Single(await polls.ListOpenAsync(Channel, CancellationToken.None)).Nominations).Title);

        await Say(Alice, "/watch poll close");
        Assert.Empty(await polls.ListOpenAsync(Channel, CancellationToken.None));
    }

    [Fact]
    public async Task ForgetMe_IsSeenByTheNextRead()
    {
        await Say(Bob, "/watch schedule title:Alien at:\"in 2h\"");
        Assert.Equal("u2", Assert.Single((await Status()).Upcoming).Host.Id);

        var forgotten = await _bot.GetRequiredService<IPersonalData>().ForgetAsync("discord", "g1", "u2", "bob", CancellationToken.None);

        Assert.Null(forgotten.LiveChannelId);
        Assert.Equal(PersonalData.ForgottenId, Assert.Single((await Status()).Upcoming).Host.Id);
    }

    [Fact]
    public async Task Retention_ClearsTheKeptReads()
    {
        var caches = _bot.GetRequiredService<SessionReadCaches>();
        await Say(Alice, "/watch schedule title:Alien at:\"in 2h\"");
        await Status();
        Assert.Equal(1, caches.Scheduled.Count);

        await _bot.GetRequiredService<IPersonalData>().ForgetEndedSessionsAsync(_time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(0, caches.Scheduled.Count);
        Assert.Equal(0, caches.Live.Count);
    }

    private Task<CommandOutcome> Say(Actor actor, string text) =>
        _coordinator.HandleTextAsync(Channel, actor, text, CancellationToken.None);

    private async Task<StatusReport> Status() =>
        Assert.IsType<StatusReport>((await Say(Alice, "/watch status")).Reply);
}
