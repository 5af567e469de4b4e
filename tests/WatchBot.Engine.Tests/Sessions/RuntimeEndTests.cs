using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Sessions;

/// <summary>
/// Issue 8: with <c>runtime:6s</c> the status said "at the end (0:00:06)" forever, reactions were
/// still taken and the channel stayed blocked. The session now ends when its clock gets there.
/// </summary>
public sealed class RuntimeEndTests
{
    private static readonly TimeSpan S = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task IssueScript_SessionEndsAtItsRuntime_WithTheRecap_AndFreesTheChannel()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start title:Short in:3s runtime:6s");
        await h.Say(Bob, "/watch ready");

        h.Time.Advance(4 * S);
        await h.Say(Bob, "/watch react emoji:🔥");
        h.Time.Advance(4 * S);
        Assert.Empty(h.Platform.Of<SessionEnded>());
        h.Time.Advance(S);

        var ended = Assert.Single(h.Platform.Of<SessionEnded>());
        Assert.Null(ended.By);

        // Ended by a timer, not a command: the recap still carries the stored reactions' moments.
        Assert.Equal(1, ended.Recap.ReactionCount);
        Assert.Equal([new EmojiCount("🔥", 1)], ended.Recap.Emoji);
        Assert.Equal(S, Assert.Single(ended.Recap.Moments).At);
        Assert.Equal(6 * S, ended.Recap.FinalPosition);
        Assert.Equal(6 * S, ended.Recap.WatchedFor);
        Assert.Equal(EndReason.ReachedEnd, ended.Session.EndReason);
        Assert.Null(await h.Live());
        Assert.Null((await h.Status()).Live);
        Assert.IsType<Refused>((await h.Say(Bob, "/watch react emoji:😂")).Reply);
        Assert.IsType<CountdownStarted>(Assert.Single((await h.Say(Bob, "/watch start title:Next in:3s")).Announced));
    }

    [Fact]
    public async Task PauseHoldsTheEnd_ResumeMovesIt()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start in:3s runtime:6s");
        h.Time.Advance(5 * S); // at 0:00:02
        await h.Say(Alice, "/watch pause");

        h.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Empty(h.Platform.Of<SessionEnded>());
        Assert.Equal(SessionPhase.Paused, (await h.Live())!.Phase);

        await h.Say(Alice, "/watch resume in:3s");
        h.Time.Advance(6 * S); // GO, then 0:00:02 → 0:00:05
        Assert.Empty(h.Platform.Of<SessionEnded>());
        h.Time.Advance(S);

        Assert.Equal(6 * S, Assert.Single(h.Platform.Of<SessionEnded>()).Recap.FinalPosition);
        Assert.Equal(0, h.Timers.ArmedCount);
    }

    [Fact]
    public async Task SeekBack_PostponesTheEnd()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start in:3s runtime:6s");
        h.Time.Advance(7 * S); // at 0:00:04
        await h.Say(Alice, "/watch seek to:0:00:01");

        h.Time.Advance(4 * S);
        Assert.Empty(h.Platform.Of<SessionEnded>());
        h.Time.Advance(S);

        Assert.Single(h.Platform.Of<SessionEnded>());
    }

    [Fact]
    public async Task RuntimeThatPassedWhileDown_EndsTheSessionWithItsRecapAtRestart()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start title:Short in:3s runtime:6s");
        h.Time.Advance(4 * S); // playing, at 0:00:01
        await h.Timers.DisarmAsync((await h.Live())!.Id, CancellationToken.None); // the process died with its timers

        h.Time.Advance(TimeSpan.FromMinutes(5));
        await h.Restart().RecoverAsync(CancellationToken.None);

        var ended = Assert.Single(h.Platform.Of<SessionEnded>());
        Assert.Equal(6 * S, ended.Recap.FinalPosition);
        Assert.Equal(6 * S, ended.Recap.WatchedFor);
        Assert.Null(await h.Live());
        Assert.Equal(h.Store.All.Single().StartedAt + (6 * S), h.Store.All.Single().EndedAt);
    }

    [Fact]
    public async Task RestartBeforeTheEnd_ReArmsIt()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start in:3s runtime:6s");
        h.Time.Advance(4 * S);
        await h.Timers.DisarmAsync((await h.Live())!.Id, CancellationToken.None);

        await h.Restart().RecoverAsync(CancellationToken.None);
        Assert.Empty(h.Platform.Of<SessionEnded>());
        h.Time.Advance(5 * S);

        Assert.Single(h.Platform.Of<SessionEnded>());
    }
}
