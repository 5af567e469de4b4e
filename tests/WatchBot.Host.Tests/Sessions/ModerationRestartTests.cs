using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Host.Tests.Shell;
using WatchBot.Storage;
using WatchBot.Testing;

namespace WatchBot.Host.Tests.Sessions;

/// <summary>
/// Kick, lock and host hand-over on the real SQLite file: decided before a restart, still in force
/// after it (a new store and coordinator on the same file, as a restarted process has).
/// </summary>
public sealed class ModerationRestartTests : IDisposable
{
    private static readonly ChannelAddress Movies = new("test", "guild", "movies");
    private static readonly Actor Alice = new(new UserRef("test", "u-alice", "alice"), IsModerator: false);
    private static readonly Actor Bob = new(new UserRef("test", "u-bob", "bob"), IsModerator: false);
    private static readonly Actor Carol = new(new UserRef("test", "u-carol", "carol"), IsModerator: true);
    private static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: false);
    private static readonly Actor Erin = new(new UserRef("test", "u-erin", "erin"), IsModerator: false);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task KickLockAndHandOver_SurviveARestart_AndTheRecapLeavesTheKickedOut()
    {
        await using (var first = Open())
        {
            var (coordinator, _) = Coordinator(first);
            await Say(coordinator, Alice, "/watch start title:Heat");
            await Say(coordinator, Bob, "/watch react emoji:😂");
            await Say(coordinator, Dave, "/watch react emoji:🔥");
            Assert.IsType<PersonKicked>(Assert.Single((await coordinator.HandleAsync(Movies, Carol, new KickCommand("bob") { Target = Bob }, CancellationToken.None)).Announced));
            await Say(coordinator, Alice, "/watch lock");
            Assert.IsType<HostHandedOver>(Assert.Single((await coordinator.HandleAsync(Movies, Alice, new HostCommand("dave") { Target = Dave }, CancellationToken.None)).Announced));
        }

        await using var second = Open();
        var stored = Assert.Single(await second.GetRequiredService<ISessionStore>().ListUnfinishedAsync(CancellationToken.None));
        Assert.Equal((Dave.User.Key, true), (stored.Host.Key, stored.Locked));
        Assert.Contains(Bob.User.Key, stored.Kicked);
        Assert.Equal(2, stored.Reactions.Count);
        Assert.Equal(1, stored.Reactions.VisibleCount(stored.Kicked));

        var (again, platform) = Coordinator(second);
        Assert.Contains("removed you", Assert.IsType<Refused>((await Say(again, Bob, "/watch react emoji:😂")).Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("locked", Assert.IsType<Refused>((await Say(again, Erin, "/watch ready")).Reply).Reason, StringComparison.Ordinal);

        await Say(again, Dave, "/watch end");
        var ended = Assert.Single(platform.Of<SessionEnded>());
        Assert.Equal(1, ended.Recap.ReactionCount);
        Assert.Equal([new EmojiCount("🔥", 1)], ended.Recap.Emoji);
        Assert.Equal(2, (await second.GetRequiredService<ISessionStore>().ListReactionsAsync(stored.Id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ADecision_CarriesItsAuditEntries()
    {
        await using var services = Open();
        var (coordinator, _) = Coordinator(services);
        await Say(coordinator, Alice, "/watch start title:Heat");

        var store = services.GetRequiredService<ISessionStore>();
        var live = Assert.Single(await store.ListUnfinishedAsync(CancellationToken.None));
        var decision = SessionRules.Decide(new CommandContext(Movies, Carol, _time.GetUtcNow(), live, [], SessionId.New(), new SessionRulesOptions()), new KickCommand("alice") { Target = Alice });
        Assert.Equal([AuditAction.Kick, AuditAction.HostHandOver], decision.Audit.Select(a => a.Action));
        Assert.All(decision.Audit, a => Assert.Equal(("test", "guild", Carol.User), (a.Platform, a.SpaceId, a.By)));
    }

    private static Task<CommandOutcome> Say(SessionCoordinator coordinator, Actor actor, string text) =>
        coordinator.HandleTextAsync(Movies, actor, text, CancellationToken.None);

    private ServiceProvider Open() => new ServiceCollection()
        .AddLogging()
        .AddWatchBotStorage(new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Storage:SqlitePath", Path.Combine(_folder.Path, "watchbot.db"))])
            .Build())
        .BuildServiceProvider();

    private (SessionCoordinator Coordinator, RecordingPublisher Platform) Coordinator(ServiceProvider services)
    {
        var platform = new RecordingPublisher();
        var timers = new ManualSessionTimers(_time);
        var coordinator = new SessionCoordinator(
            services.GetRequiredService<ISessionStore>(),
            timers,
            new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [platform]),
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance);
        timers.Handler = coordinator;
        return (coordinator, platform);
    }
}
