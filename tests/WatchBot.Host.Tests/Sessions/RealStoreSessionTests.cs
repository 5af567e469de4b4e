using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Notices;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Sessions;
using WatchBot.Host.Tests.Shell;
using WatchBot.Storage;
using WatchBot.Storage.Sqlite;
using WatchBot.Testing;

namespace WatchBot.Host.Tests.Sessions;

/// <summary>
/// The coordinator on the real SQLite store, with a manual clock driving the timers: catches what
/// an in-memory store hides (precision lost on the way to disk, rows that do not round-trip).
/// </summary>
public sealed class RealStoreSessionTests : IDisposable
{
    private static readonly ChannelAddress Channel = new("test", "guild", "channel");
    private static readonly Actor Alice = new(new UserRef("test", "u1", "alice"), IsModerator: false);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly RecordingPublisher _platform = new();
    private readonly ManualSessionTimers _timers;
    private readonly SqliteSessionStore _store;

    public RealStoreSessionTests()
    {
        _store = new SqliteSessionStore(
            Options.Create(new StorageOptions { SqlitePath = Path.Combine(_folder.Path, "watchbot.db") }),
            NullLogger<SqliteSessionStore>.Instance);
        _timers = new ManualSessionTimers(_time);
    }

    [Fact]
    public async Task CountdownStartedAtAnOddInstant_ReachesGoThroughTheStore()
    {
        var coordinator = NewCoordinator();
        _time.Advance(TimeSpan.FromTicks(9_876_543)); // not a whole millisecond

        var started = _time.GetUtcNow();
        await coordinator.HandleTextAsync(Channel, Alice, "/watch start title:\"The Matrix\" in:3s", CancellationToken.None);

        // GO falls on the next whole second after the countdown, and the store keeps that instant exactly.
        var target = Assert.Single(_platform.Of<CountdownStarted>()).Target;
        Assert.Equal(0, target.ToUnixTimeMilliseconds() % 1000);
        Assert.InRange(target - started, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4));
        _time.Advance(target - _time.GetUtcNow());

        Assert.Single(_platform.Of<PlaybackStarted>());
        Assert.Equal(SessionPhase.Playing, (await _store.FindLiveAsync(Channel, CancellationToken.None))!.Phase);
    }

    [Fact]
    public async Task ScheduledSession_BeginsAndStartsThroughTheStore()
    {
        var coordinator = NewCoordinator();
        _time.Advance(TimeSpan.FromTicks(5_555));

        await coordinator.HandleTextAsync(Channel, Alice, "/watch schedule title:Alien at:\"in 2m\"", CancellationToken.None);

        // One step per timer (countdown a minute ahead, then GO): FakeTimeProvider shows every callback
        // of one step the step's end instant.
        _time.Advance(TimeSpan.FromMinutes(1));
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Single(_platform.Of<CountdownStarted>());
        Assert.Single(_platform.Of<PlaybackStarted>());
    }

    [Fact]
    public async Task AWholeSession_ReadsBackFromTheFileAfterARestart()
    {
        var coordinator = NewCoordinator();
        await coordinator.HandleTextAsync(Channel, Alice, "/watch start in:3s", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(13));
        await coordinator.HandleTextAsync(Channel, Alice, "/watch react emoji:😂 note:\"that face\"", CancellationToken.None);
        await coordinator.HandleTextAsync(Channel, Alice, "/watch pause", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));

        using var reopened = new SqliteSessionStore(
            Options.Create(new StorageOptions { SqlitePath = Path.Combine(_folder.Path, "watchbot.db") }),
            NullLogger<SqliteSessionStore>.Instance);
        var live = await reopened.FindLiveAsync(Channel, CancellationToken.None);

        Assert.NotNull(live);
        Assert.Equal(SessionPhase.Paused, live.Phase);
        Assert.Equal(TimeSpan.FromSeconds(10), live.PositionAt(_time.GetUtcNow()));
        Assert.Equal(1, live.Reactions.Count);
        var reaction = Assert.Single(await reopened.ListReactionsAsync(live.Id, CancellationToken.None));
        Assert.Equal(("😂", "that face", TimeSpan.FromSeconds(10)), (reaction.Emoji, reaction.Note, reaction.Position));
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private SessionCoordinator NewCoordinator()
    {
        var coordinator = new SessionCoordinator(
            _store,
            _timers,
            new NoticeRouter([_platform], NullLogger<NoticeRouter>.Instance, [_platform]),
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance);
        _timers.Handler = coordinator;
        return coordinator;
    }
}
