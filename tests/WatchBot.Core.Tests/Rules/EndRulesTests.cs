using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
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
    public void End_ByAModeratorWhoIsNotTheHost_IsAnAuditEntry_ByTheHostOrAModeratorHost_IsNot()
    {
        var now = T0 + Minute;
        var session = Playing(Hour);

        var byModerator = Decide("/watch end", Carol, session, now: now);
        var byHost = Decide("/watch end", Alice, session, now: now);
        var byModeratorHost = Decide("/watch end", Carol, session with { Host = Carol.User }, now: now);

        var entry = Assert.Single(byModerator.Audit);
        Assert.Equal(
            new AuditEntry(session.Channel.Platform, session.Channel.SpaceId, now, AuditAction.EndByModerator, Carol.User, Alice.User, session.Title),
            entry);
        Assert.Empty(byHost.Audit);
        Assert.Empty(byModeratorHost.Audit);
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
        var stored = new List<Reaction>();
        foreach (var (command, who, at) in new[]
        {
            ("/watch react emoji:😂", Bob, T0 + (10 * Minute)),
            ("/watch react emoji:😂", Carol, T0 + (10 * Minute) + (5 * Second)),
            ("/watch react emoji:😱 note:\"the chestburster\"", Alice, T0 + (50 * Minute)),
        })
        {
            var reacted = Decide(command, who, session, now: at);
            session = reacted.Next!;
            stored.AddRange(reacted.NewReactions);
        }

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

        // The moments come from the stored reactions, read when the recap is completed (the coordinator does it).
        var completed = recap.WithReactions(stored);
        Assert.Equal([new EmojiCount("😂", 2), new EmojiCount("😱", 1)], completed.Emoji);
        Assert.Equal(10 * Minute, Assert.Single(completed.Moments).At);
    }

    [Fact]
    public void End_RecapCountsEveryoneWhoActed_AndOnlyTheTimePlayed()
    {
        // The Friday night of issue 8: Carol only paused, sought and resumed; the pause lasted 9 s.
        var session = Playing(TimeSpan.Zero);
        session = Decide("/watch react emoji:😂", Bob, session, now: T0 + (2 * Second)).Next!;
        session = Decide("/watch pause", Carol, session, now: T0 + (5 * Second)).Next!;
        session = Decide("/watch seek to:0:02", Carol, session, now: T0 + (8 * Second)).Next!;
        var resume = Decide("/watch resume in:3s", Carol, session, now: T0 + (11 * Second));
        session = resume.Next!;
        var go = Assert.Single(resume.Arm);
        session = SessionRules.OnTimer(session, go, session, go.DueAt, Options()).Next!;

        var recap = Assert.IsType<SessionEnded>(Assert.Single(Decide("/watch end", Alice, session, now: T0 + (20 * Second)).ToChannel)).Recap;

        Assert.Equal(3, recap.ParticipantCount);
        Assert.Equal(11 * Second, recap.WatchedFor); // 5 s before the pause, 6 s after the GO
        Assert.Equal(8 * Second, recap.FinalPosition);
    }

    [Fact]
    public void End_BySomeoneWhoHadNotActedYet_CountsThem()
    {
        var recap = Assert.IsType<SessionEnded>(Assert.Single(Decide("/watch end", Carol, Playing(Minute)).ToChannel)).Recap;

        Assert.Equal(2, recap.ParticipantCount);
    }

    [Fact]
    public void End_WithNothingLive_IsRefusedAndNamesTheNextSession()
    {
        var refused = Expect.Refused(Decide("/watch end", Alice, upcoming: [Scheduled(T0 + Hour)]));

        Assert.Contains("Alien", refused.Reason, StringComparison.Ordinal);
    }
}
