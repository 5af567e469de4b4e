using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Recaps;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Tests.Standing;
using WatchBot.Testing;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Recaps;

/// <summary>The recap kept with a session's end by the coordinator, and <c>/watch recap</c> through the dispatcher.</summary>
public sealed class RecapServiceTests
{
    private static readonly TimeSpan S = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly KeepingRecapsStore _store = new(new InMemorySessionStore());
    private readonly RecordingPublisher _platform = new();

    [Fact]
    public async Task Recap_BeforeAnySessionEnded_IsAPoliteNoneYet_ForTheAskerOnly()
    {
        var outcome = await AskAsync(Bob);

        Assert.IsType<NoRecapYet>(outcome.Reply);
        Assert.Empty(outcome.Announced);
    }

    [Fact]
    public async Task Recap_AfterTheEnd_ShowsTheRecapAsPosted_WithoutTheKickedPersonsReactions()
    {
        var coordinator = Coordinator();
        await Say(coordinator, Alice, "/watch start title:\"Alien\" in:3s");
        _time.Advance(10 * S);
        await Say(coordinator, Alice, "/watch react emoji:😂 note:\"the cat\"");
        await Say(coordinator, Bob, "/watch react emoji:💩 note:\"spam\"");
        var live = (await _store.FindLiveAsync(Channel, CancellationToken.None))!;
        await _store.SaveAsync(live with { Kicked = [Bob.User.Key] }, [], CancellationToken.None);
        _time.Advance(60 * S);

        var end = await Say(coordinator, Alice, "/watch end");

        var posted = Assert.IsType<SessionEnded>(Assert.Single(end.Announced));
        var kept = Assert.Single(_store.Kept);
        Assert.Equal(Channel, kept.Channel);
        Assert.Equal(KeptRecap.Of(posted), kept.Recap);
        Assert.Equal([new EmojiCount("😂", 1)], kept.Recap.Recap.Emoji);
        Assert.Equal(["the cat"], Assert.Single(kept.Recap.Recap.Timeline).Notes);
        Assert.Equal([Alice.User], kept.Recap.Recap.Participants);

        var asked = await AskAsync(Bob);

        var shown = Assert.IsType<RecapShown>(asked.Reply);
        Assert.Equal(kept.Recap, shown.Kept);
        Assert.Equal("Alien", shown.Kept.Title);
        Assert.Empty(asked.Announced);
    }

    [Fact]
    public async Task Recap_WhenTheStoreFails_IsAPoliteRefusal()
    {
        var service = new RecapService(new FailingRecaps(), NullLogger<RecapService>.Instance);

        var outcome = await service.HandleAsync(new CommandRequest(Channel, Alice, new RecapCommand(), new ConfiguredModerators()), CancellationToken.None);

        Assert.Contains("/watch recap again", Assert.IsType<Refused>(outcome.Reply).Reason, StringComparison.Ordinal);
    }

    private Task<CommandOutcome> AskAsync(Actor who)
    {
        var dispatcher = new CommandDispatcher([new RecapService(_store, NullLogger<RecapService>.Instance)], NullLogger<CommandDispatcher>.Instance);
        return dispatcher.HandleAsync(new CommandRequest(Channel, who, new RecapCommand(), new ConfiguredModerators()), CancellationToken.None);
    }

    private static Task<CommandOutcome> Say(SessionCoordinator coordinator, Actor actor, string text) =>
        coordinator.HandleTextAsync(Channel, actor, text, CancellationToken.None);

    private SessionCoordinator Coordinator()
    {
        var timers = new ManualSessionTimers(_time);
        var coordinator = new SessionCoordinator(
            _store,
            timers,
            new NoticeRouter([_platform], NullLogger<NoticeRouter>.Instance, [_platform]),
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance);
        timers.Handler = coordinator;
        return coordinator;
    }

    private sealed class FailingRecaps : IRecaps
    {
        public Task<KeptRecap?> LastAsync(ChannelAddress channel, CancellationToken cancellationToken) => throw new IOException("disk gone");
    }
}
