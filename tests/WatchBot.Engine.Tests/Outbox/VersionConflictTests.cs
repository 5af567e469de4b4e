using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Sessions;
using WatchBot.Testing;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Outbox;

/// <summary>Two writers on one session: the second commit is refused, and the coordinator decides again on what the first wrote.</summary>
public sealed class VersionConflictTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly InMemorySessionStore _inner = new();
    private readonly RecordingPublisher _platform = new();
    private readonly RacingSessionStore _store;
    private readonly SessionCoordinator _coordinator;

    public VersionConflictTests()
    {
        _store = new RacingSessionStore(_inner);
        var timers = new ManualSessionTimers(_time);
        _coordinator = new SessionCoordinator(
            _store, timers, new NoticeRouter([_platform], NullLogger<NoticeRouter>.Instance, [_platform]), _time,
            Options.Create(new SessionRulesOptions()), NullLogger<SessionCoordinator>.Instance);
        timers.Handler = _coordinator;
    }

    [Fact]
    public async Task PauseRacingAnotherInstancesPause_IsDecidedAgainAndSaysAlreadyPaused()
    {
        await Say("/watch start in:3s");
        _time.Advance(TimeSpan.FromSeconds(14));
        var playing = (await _inner.FindLiveAsync(Channel, CancellationToken.None))!;
        Assert.Equal(SessionPhase.Playing, playing.Phase);

        // Another instance pauses the session between this one's read and its commit.
        _store.Races = 1;
        _store.Rival = s => s with { Phase = SessionPhase.Paused, Clock = s.Clock.PausedAt(_time.GetUtcNow()) };
        var outcome = await Say("/watch pause");

        Assert.Equal(1, _store.Conflicts);
        Assert.IsType<AlreadySo>(outcome.Reply);
        Assert.Empty(outcome.Announced);
        Assert.Empty(_platform.Of<PlaybackPaused>());
        Assert.DoesNotContain(_inner.Outbox, o => o.Entry.Kind == nameof(PlaybackPaused));
    }

    [Fact]
    public async Task ACommitThatKeepsLosing_IsRefusedPolitelyAndChangesNothing()
    {
        await Say("/watch start in:3s");
        _time.Advance(TimeSpan.FromSeconds(14));
        var before = (await _inner.FindLiveAsync(Channel, CancellationToken.None))!;

        // Every attempt loses to a writer that only touches the title.
        _store.Races = int.MaxValue;
        _store.Rival = s => s with { Title = s.Title + "!" };
        var outcome = await Say("/watch pause");

        var refused = Assert.IsType<Refused>(outcome.Reply);
        Assert.Contains("try it again", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(3, _store.Conflicts);
        Assert.Equal(SessionPhase.Playing, (await _inner.GetAsync(before.Id, CancellationToken.None))!.Phase);
        Assert.Empty(_platform.Of<PlaybackPaused>());
    }

    private Task<CommandOutcome> Say(string text) => _coordinator.HandleTextAsync(Channel, Alice, text, CancellationToken.None);
}
