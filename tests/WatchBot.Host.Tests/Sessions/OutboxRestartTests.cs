using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Notices;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Host.Tests.Shell;
using WatchBot.Storage;
using WatchBot.Storage.Sqlite;
using WatchBot.Testing;

namespace WatchBot.Host.Tests.Sessions;

/// <summary>
/// The process dies between committing a change and sending its announcement, on the real SQLite
/// file: the next start-up sends the announcement, once.
/// </summary>
public sealed class OutboxRestartTests : IDisposable
{
    private static readonly ChannelAddress Channel = new("test", "guild", "channel");
    private static readonly Actor Alice = new(new UserRef("test", "u1", "alice"), IsModerator: false);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    [Fact]
    public async Task APauseCommittedWhenTheProcessDied_IsAnnouncedExactlyOnceAfterRestart()
    {
        var dying = new DyingPublisher();
        using (var store = OpenStore())
        {
            var first = NewCoordinator(store, dying);
            await first.HandleTextAsync(Channel, Alice, "/watch start in:3s", CancellationToken.None);
            _time.Advance(TimeSpan.FromSeconds(13));

            // The send of the pause never returns: what a kill -9 between commit and send leaves.
            dying.DieOnNextSend = true;
            await Assert.ThrowsAsync<OperationCanceledException>(() => first.HandleTextAsync(Channel, Alice, "/watch pause", CancellationToken.None));
        }

        var afterRestart = new RecordingPublisher();
        using (var store = OpenStore())
        {
            Assert.Equal(SessionPhase.Paused, (await store.FindLiveAsync(Channel, CancellationToken.None))!.Phase);
            await NewCoordinator(store, afterRestart).RecoverAsync(CancellationToken.None);
        }

        var afterSecondRestart = new RecordingPublisher();
        using (var store = OpenStore())
        {
            await NewCoordinator(store, afterSecondRestart).RecoverAsync(CancellationToken.None);
        }

        var paused = Assert.Single(afterRestart.Of<PlaybackPaused>());
        Assert.Equal((TimeSpan.FromSeconds(10), "u1"), (paused.Position, paused.By.Id));
        Assert.Equal(SessionPhase.Paused, paused.Session.Phase);
        Assert.Empty(afterSecondRestart.Said);
    }

    [Fact]
    public async Task AGoCommittedWhenTheProcessDied_SaysStartedAgoAfterALateRestart()
    {
        var dying = new DyingPublisher();
        using (var store = OpenStore())
        {
            // Timers with no handler: the test fires the GO itself, so that the "kill" surfaces here.
            var timers = new ManualSessionTimers(_time);
            var first = NewCoordinator(store, dying, timers);
            timers.Handler = null;
            await first.HandleTextAsync(Channel, Alice, "/watch start in:3s", CancellationToken.None);
            var target = Assert.Single(dying.Said.OfType<CountdownStarted>()).Target;
            _time.Advance(target - _time.GetUtcNow());

            // The GO is committed by its timer; sending it kills the process.
            dying.DieOnNextSend = true;
            await Assert.ThrowsAsync<OperationCanceledException>(() => first.OnTimerAsync(timers.History.Last(), CancellationToken.None));
            Assert.Equal(SessionPhase.Playing, (await store.FindLiveAsync(Channel, CancellationToken.None))!.Phase);
        }

        _time.Advance(TimeSpan.FromMinutes(3));
        var afterRestart = new RecordingPublisher();
        using (var store = OpenStore())
        {
            await NewCoordinator(store, afterRestart).RecoverAsync(CancellationToken.None);
        }

        var late = Assert.Single(afterRestart.Of<LateStart>());
        Assert.Equal(TimeSpan.FromMinutes(3), late.Late);
        Assert.Equal(TimeSpan.FromMinutes(3), late.Position);
        Assert.Empty(afterRestart.Of<PlaybackStarted>());
    }

    public void Dispose() => _folder.Dispose();

    private SqliteSessionStore OpenStore() => new(
        Options.Create(new StorageOptions { SqlitePath = Path.Combine(_folder.Path, "watchbot.db") }),
        NullLogger<SqliteSessionStore>.Instance);

    private SessionCoordinator NewCoordinator<TPlatform>(ISessionStore store, TPlatform publisher, ManualSessionTimers? timers = null)
        where TPlatform : IChannelPublisher, INoticeObserver
    {
        timers ??= new ManualSessionTimers(_time);
        var coordinator = new SessionCoordinator(
            store,
            timers,
            new NoticeRouter([publisher], NullLogger<NoticeRouter>.Instance, [publisher]),
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance);
        timers.Handler = coordinator;
        return coordinator;
    }

    /// <summary>A platform whose next send, once armed, is where the process dies: the send throws out of everything.</summary>
    private sealed class DyingPublisher : IChannelPublisher, INoticeObserver
    {
        public string Platform => "test";

        public bool DieOnNextSend { get; set; }

        public List<Notice> Said { get; } = [];

        public Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken)
        {
            if (DieOnNextSend)
            {
                throw new OperationCanceledException("the process died here (simulated)");
            }

            return Task.CompletedTask;
        }

        public void Delivered(ChannelAddress channel, Notice notice) => Said.Add(notice);
    }
}
