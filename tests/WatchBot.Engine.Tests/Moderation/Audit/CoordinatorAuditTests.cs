using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Tests.Outbox;
using WatchBot.Engine.Tests.Spaces;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Moderation.Audit;

/// <summary>The coordinator appends a decision's audit entries once, after its commit, and never for a decision that did not commit.</summary>
public sealed class CoordinatorAuditTests
{
    private static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");
    private static readonly Actor Host = new(new UserRef("test", "u-host", "host"), IsModerator: false);
    private static readonly Actor Member = new(new UserRef("test", "u-member", "member"), IsModerator: false);
    private static readonly Actor Moderator = new(new UserRef("test", "u-mod", "mod"), IsModerator: true);

    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly InMemorySessionStore _inner = new();
    private readonly RacingSessionStore _store;
    private readonly RecordingPublisher _platform = new();

    public CoordinatorAuditTests() => _store = new RacingSessionStore(_inner);

    [Fact]
    public async Task EndByAModeratorWhoIsNotTheHost_IsLoggedOnce_WithTheHostAndTitle()
    {
        var log = new MemoryAuditLog();
        var coordinator = Coordinator(log);
        await coordinator.HandleTextAsync(Channel, Host, "/watch start Heat", CancellationToken.None);

        var outcome = await coordinator.HandleTextAsync(Channel, Moderator, "/watch end", CancellationToken.None);

        Assert.Single(outcome.Announced.OfType<SessionEnded>());
        var entry = Assert.Single(await Latest(log));
        Assert.Equal(new AuditEntry("test", "guild-1", _time.GetUtcNow(), AuditAction.EndByModerator, Moderator.User, Host.User, "Heat"), entry);
    }

    [Fact]
    public async Task EndByTheHost_EvenAModeratorHost_OrARefusedEnd_IsNotLogged()
    {
        var log = new MemoryAuditLog();
        var coordinator = Coordinator(log);
        await coordinator.HandleTextAsync(Channel, Host, "/watch start Heat", CancellationToken.None);
        var refused = await coordinator.HandleTextAsync(Channel, Member, "/watch end", CancellationToken.None);
        await coordinator.HandleTextAsync(Channel, Host, "/watch end", CancellationToken.None);
        await coordinator.HandleTextAsync(Channel, Moderator, "/watch start Alien", CancellationToken.None);
        await coordinator.HandleTextAsync(Channel, Moderator, "/watch end", CancellationToken.None);

        Assert.IsType<Refused>(refused.Reply);
        Assert.Empty(await Latest(log));
    }

    [Fact]
    public async Task AConflictedEnd_DecidedAgain_IsLoggedOnce_AndOneThatNeverCommits_NotAtAll()
    {
        var log = new MemoryAuditLog();
        var coordinator = Coordinator(log);
        await coordinator.HandleTextAsync(Channel, Host, "/watch start Heat", CancellationToken.None);

        // Another instance renames the session between this one's read and its commit, every time.
        _store.Rival = s => s with { Title = s.Title + "!" };
        _store.Races = 3;
        var gaveUp = await coordinator.HandleTextAsync(Channel, Moderator, "/watch end", CancellationToken.None);
        Assert.IsType<Refused>(gaveUp.Reply);
        Assert.Empty(await Latest(log));

        _store.Races = 1;
        var ended = await coordinator.HandleTextAsync(Channel, Moderator, "/watch end", CancellationToken.None);

        Assert.Single(ended.Announced.OfType<SessionEnded>());
        Assert.Equal(4, _store.Conflicts);
        Assert.Equal("Heat!!!!", Assert.Single(await Latest(log)).Detail);
    }

    [Fact]
    public async Task AFailedSave_IsNotLogged_AndAFailingLog_DoesNotFailTheCommand()
    {
        var log = new MemoryAuditLog();
        var coordinator = Coordinator(log);
        await coordinator.HandleTextAsync(Channel, Host, "/watch start Heat", CancellationToken.None);
        _inner.FailNextSave = true;
        await coordinator.HandleTextAsync(Channel, Moderator, "/watch end", CancellationToken.None);
        Assert.Empty(await Latest(log));

        var broken = new ThrowingAuditLog();
        var ended = await Coordinator(broken).HandleTextAsync(Channel, Moderator, "/watch end", CancellationToken.None);

        Assert.Single(ended.Announced.OfType<SessionEnded>());
        Assert.Equal(1, broken.Calls);
        Assert.Null(await _inner.FindLiveAsync(Channel, CancellationToken.None));
    }

    private static Task<IReadOnlyList<AuditEntry>> Latest(MemoryAuditLog log) => log.LatestAsync("test", "guild-1", 20, CancellationToken.None);

    private SessionCoordinator Coordinator(IAuditLog log)
    {
        var router = new NoticeRouter([_platform], NullLogger<NoticeRouter>.Instance, [_platform]);
        var timers = new ManualSessionTimers(_time);
        var coordinator = new SessionCoordinator(
            _store,
            timers,
            router,
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance,
            audit: new AuditRecorder(log, new InMemorySpaceSettings(), router, NullLogger<AuditRecorder>.Instance));
        timers.Handler = coordinator;
        return coordinator;
    }
}
