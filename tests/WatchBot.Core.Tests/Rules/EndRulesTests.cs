using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

public sealed class EndRulesTests
{
    [Fact]
    public void End_WhilePlaying_EndsFrozenAtNowAndDisarmsTimers()
    {
        var now = T0 + Minute;

        var decision = Decide("/watch end", Alice, Playing(Hour), now: now);

        var ended = decision.Next!;
        Assert.Equal(SessionPhase.Ended, ended.Phase);
        Assert.Equal(EndReason.EndedByUser, ended.EndReason);
        Assert.Equal(now, ended.EndedAt);
        Assert.False(ended.Clock.IsRunning);
        Assert.Equal(Hour + Minute, ended.PositionAt(now + Hour));
        Assert.Equal([LiveId], decision.Disarm);
        Assert.Empty(decision.Arm);
    }

    [Fact]
    public void End_DuringTheCountdown_ClearsTheTargetAndRecapsNothingWatched()
    {
        var decision = Decide("/watch end", Alice, CountingDown(T0 + (5 * Second)));

        Assert.Null(decision.Next!.CountdownTarget);
        var recap = Assert.IsType<SessionEnded>(Assert.Single(decision.ToChannel)).Recap;
        Assert.Equal(TimeSpan.Zero, recap.WatchedFor);
        Assert.Equal(TimeSpan.Zero, recap.FinalPosition);
        Assert.Equal([LiveId], decision.Disarm);
    }

    [Fact]
    public void End_PostsTheRecapOfTheEvening()
    {
        var session = Playing(TimeSpan.Zero);
        session = Decide("/watch ready", Bob, session).Next!;
        session = Decide("/watch react emoji:😂", Bob, session, now: T0 + (10 * Minute)).Next!;
        session = Decide("/watch react emoji:😂", Carol, session, now: T0 + (10 * Minute) + (5 * Second)).Next!;
        session = Decide("/watch react emoji:😱 note:\"the chestburster\"", Alice, session, now: T0 + (50 * Minute)).Next!;
        var end = T0 + Hour;

        var decision = Decide("/watch end", Carol, session, now: end);

        var ended = Assert.IsType<SessionEnded>(Assert.Single(decision.ToChannel));
        Assert.Equal(Carol.User, ended.By);
        Assert.Same(decision.Next, ended.Session);
        var recap = ended.Recap;
        Assert.Equal(Hour, recap.FinalPosition);
        Assert.Equal(Hour, recap.WatchedFor);
        Assert.Equal(3, recap.ParticipantCount);
        Assert.Equal(3, recap.ReactionCount);
        Assert.Equal([("😂", 2), ("😱", 1)], recap.TopEmoji);
        Assert.Equal([10 * Minute, 50 * Minute], recap.Highlights.Select(r => r.Position));
    }

    [Fact]
    public void End_WithNothingLive_IsRefusedAndNamesTheNextSession()
    {
        var refused = Expect.Refused(Decide("/watch end", Alice, upcoming: [Scheduled(T0 + Hour)]));

        Assert.Contains("Alien", refused.Reason, StringComparison.Ordinal);
    }
}
