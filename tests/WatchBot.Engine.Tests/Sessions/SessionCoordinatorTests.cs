using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Sessions;

public sealed class SessionCoordinatorTests
{
    private static readonly TimeSpan S = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Start_WhenCountdownEnds_PostsGoOnceAndPlaysFromZero()
    {
        var h = new CoordinatorHarness();
        var outcome = await h.Say(Alice, "/watch start title:\"The Matrix\" in:10s");

        var countdown = Assert.IsType<CountdownStarted>(Assert.Single(outcome.Announced));
        Assert.Equal(h.Time.GetUtcNow() + (10 * S), countdown.Target);
        Assert.Empty(h.Platform.Of<PlaybackStarted>());

        h.Time.Advance(10 * S);

        var go = Assert.Single(h.Platform.Of<PlaybackStarted>());
        Assert.Equal(TimeSpan.Zero, go.Position);
        Assert.Equal(SessionPhase.Playing, (await h.Live())!.Phase);
    }

    [Fact]
    public async Task IssueScript_PositionsFollowElapsedTimeAndFreezeWhilePaused()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start title:\"The Matrix\" in:3s");
        h.Time.Advance(5 * S);
        Assert.Equal(2 * S, (await h.Status()).Position);

        await h.Say(Alice, "/watch pause");
        Assert.Equal(2 * S, Assert.Single(h.Platform.Of<PlaybackPaused>()).Position);
        h.Time.Advance(2 * S);
        Assert.Equal(2 * S, (await h.Status()).Position);

        await h.Say(Alice, "/watch resume in:3s");
        h.Time.Advance(4 * S);
        Assert.Equal(2, h.Platform.Of<PlaybackStarted>().Count);

        var react = await h.Say(Alice, "/watch react emoji:😂 note:\"that face\"");
        var noted = Assert.IsType<ReactionNoted>(react.Reply);
        Assert.Equal(3 * S, noted.Reaction.Position);

        var end = await h.Say(Alice, "/watch end");
        var ended = Assert.IsType<SessionEnded>(Assert.Single(end.Announced));
        Assert.Equal(1, ended.Recap.ReactionCount);
        Assert.Equal([new EmojiCount("😂", 1)], ended.Recap.Emoji);
        Assert.Equal(3 * S, Assert.Single(ended.Recap.Moments).At);
        Assert.Equal(ended.Recap, Assert.Single(h.Platform.Of<SessionEnded>()).Recap);
        Assert.Equal(3 * S, ended.Recap.FinalPosition);
        Assert.Null(await h.Live());
        Assert.Equal(0, h.Timers.ArmedCount);
    }

    [Fact]
    public async Task CountdownTarget_IsWholeMilliseconds_SoAStoreThatKeepsMillisecondsStillMatchesItsTimer()
    {
        var h = new CoordinatorHarness();
        h.Time.Advance(TimeSpan.FromTicks(1234567)); // 123.4567 ms: finer than any store keeps

        await h.Say(Alice, "/watch start in:3s");

        var timer = Assert.Single(h.Timers.History);
        Assert.Equal(0, timer.Target.Ticks % TimeSpan.TicksPerMillisecond);
        Assert.Equal(timer.Target, (await h.Live())!.CountdownTarget);
    }

    [Fact]
    public async Task Pause_ByOtherMember_IsRefusedToThemAndChangesNothing()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start in:3s");
        h.Time.Advance(4 * S);
        var saves = h.Store.SaveCount;

        var refused = await h.Say(Bob, "/watch pause");

        var reply = Assert.IsType<Refused>(refused.Reply);
        Assert.Contains("alice", reply.Reason, StringComparison.Ordinal);
        Assert.Empty(refused.Announced);
        Assert.Equal(saves, h.Store.SaveCount);
        Assert.Equal(SessionPhase.Playing, (await h.Live())!.Phase);

        var byModerator = await h.Say(Carol, "/watch pause");
        Assert.IsType<PlaybackPaused>(Assert.Single(byModerator.Announced));
    }

    [Fact]
    public async Task GoTimer_FiringTwice_PostsOnce()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start in:3s");
        var timer = Assert.Single(h.Timers.History);
        h.Time.Advance(3 * S);

        await h.Coordinator.OnTimerAsync(timer, CancellationToken.None);
        await h.Coordinator.OnTimerAsync(timer, CancellationToken.None);

        Assert.Single(h.Platform.Of<PlaybackStarted>());
    }

    [Fact]
    public async Task StaleGo_FromACountdownThatWasPausedAndResumed_DoesNothing()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start in:10s");
        var first = Assert.Single(h.Timers.History);
        await h.Say(Alice, "/watch pause");
        await h.Say(Alice, "/watch resume in:5s");

        h.Time.SetUtcNow(first.DueAt);
        await h.Coordinator.OnTimerAsync(first, CancellationToken.None);

        Assert.Single(h.Platform.Of<PlaybackStarted>());
        Assert.Equal(first.DueAt - (5 * S), h.Platform.Of<CountdownStarted>()[1].Target); // the resume's own target
    }

    [Fact]
    public async Task SaveFailure_AnswersPolitelyAndAnnouncesNothing()
    {
        var h = new CoordinatorHarness();
        h.Store.FailNextSave = true;

        var outcome = await h.Say(Alice, "/watch start title:Alien");

        Assert.IsType<Refused>(outcome.Reply);
        Assert.Empty(outcome.Announced);
        Assert.Empty(h.Platform.Said);
        Assert.Null(await h.Live());
        Assert.Equal(0, h.Timers.ArmedCount);
    }

    [Fact]
    public async Task PublishFailure_KeepsTheSavedSession()
    {
        var h = new CoordinatorHarness();
        h.Platform.FailAll = true;

        var outcome = await h.Say(Alice, "/watch start title:Alien in:3s");

        Assert.Single(outcome.Announced);
        Assert.Equal(SessionPhase.CountingDown, (await h.Live())!.Phase);
    }

    [Fact]
    public async Task BadInput_IsAnInvalidInputReplyAndNoSave()
    {
        var h = new CoordinatorHarness();

        var outcome = await h.Say(Alice, "/watch start in:forever");

        var invalid = Assert.IsType<InvalidInput>(outcome.Reply);
        Assert.Contains("/watch start", invalid.Error.Example, StringComparison.Ordinal);
        Assert.Equal(0, h.Store.SaveCount);
    }

    [Fact]
    public async Task TwoStartsAtOnce_InOneChannel_OneWinsOneIsRefused()
    {
        var h = new CoordinatorHarness();

        var outcomes = await Task.WhenAll(
            Task.Run(() => h.Say(Alice, "/watch start title:One")),
            Task.Run(() => h.Say(Bob, "/watch start title:Two")));

        Assert.Single(outcomes, o => o.Announced.Count == 1);
        Assert.Single(outcomes, o => o.Reply is Refused);
        Assert.Single(h.Store.All);
    }

    [Fact]
    public async Task Schedule_OneMinuteAhead_CountsDownAndStartsOnTime()
    {
        var h = new CoordinatorHarness();
        var outcome = await h.Say(Alice, "/watch schedule title:Alien at:\"in 1m\"");
        // Inside the countdown lead: the schedule and its countdown are announced together.
        Assert.Equal(2, outcome.Announced.Count);
        var at = Assert.IsType<SessionScheduled>(outcome.Announced[0]).At;
        Assert.Equal(at, Assert.IsType<CountdownStarted>(outcome.Announced[1]).Target);
        Assert.Equal(at, Assert.Single(h.Platform.Of<CountdownStarted>()).Target);

        h.Time.SetUtcNow(at);
        Assert.Single(h.Platform.Of<PlaybackStarted>());
        Assert.Equal(at, (await h.Live())!.StartedAt);
    }
}
