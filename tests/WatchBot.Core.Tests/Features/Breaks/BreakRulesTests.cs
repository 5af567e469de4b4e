using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Core.Tests.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Breaks;

public class BreakRulesTests
{
    private static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: false);

    private static readonly Actor Erin = new(new UserRef("test", "u-erin", "erin"), IsModerator: false);

    private static Decision Run(string typed, Actor actor, WatchSession? live, DateTimeOffset? now = null, SpaceSettings? space = null) =>
        WatchBot.Core.Features.ChannelRules.Decide(Context(actor, live, now: now) with { Space = space ?? SpaceSettings.None }, Parsed(typed));

    private static WatchSession Asked(Decision decision) => Assert.IsType<WatchSession>(decision.Next);

    [Fact]
    public void Ask_WhilePlaying_AddsAnOpenRequest_AndTheCardLineNamesThem()
    {
        var first = Asked(Run("/watch break", Bob, Playing(Minute)));
        var decision = Run("/watch break", Dave, first, T0 + Second);

        var next = Asked(decision);
        Assert.Equal([Bob.User, Dave.User], BreakBook.Open(next).Select(r => r.By));
        Assert.Equal(SessionPhase.Playing, next.Phase);
        var asked = Assert.IsType<BreakAsked>(Assert.Single(decision.ToChannel));
        var card = asked.ToChannel().Card!;
        Assert.Equal(SessionCard.Key(next.Id), card.Key);
        Assert.Contains("☕ 2 people asked for a break: bob, dave", card.Lines.Select(PlainText.Of));
        Assert.Empty(asked.ToChannel().Announcements);
        Assert.Contains("The host (alice) or a moderator can approve", PlainText.Of(decision.Reply!.ToReply()!.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Card_OffersNeedABreak_WhilePlaying_AndApprove_OnceSomeoneAsked()
    {
        var playing = Playing(Minute);
        var ids = SessionCard.Of(playing).Actions.SelectMany(row => row).Select(a => a.Id).ToList();
        Assert.Contains("watch:break:" + LiveId.Value, ids);
        Assert.DoesNotContain(ids, id => id.Contains("approve", StringComparison.Ordinal));

        var asked = Asked(Run("/watch break", Bob, playing));
        var labels = SessionCard.Of(asked).Actions[0].Select(a => a.Label).ToList();
        Assert.Equal(["Pause", "Need a break", "Approve break", "Joining late"], labels);
        Assert.True(WatchBot.Core.Grammar.CardActions.TryRead(SessionCard.Of(asked).Actions[0][2].Id, out var press));
        Assert.Equal(("break", "approve"), (press.SubCommand, press.Options["do"]));
    }

    [Fact]
    public void Ask_Twice_IsOneOpenRequest_AnsweredPrivately()
    {
        var asked = Asked(Run("/watch break", Bob, Playing(Minute)));
        var again = Run("/watch break", Bob, asked, T0 + Minute);

        Expect.ChangesNothing(again);
        var reply = PlainText.Of(Assert.IsType<BreakAlreadyAsked>(again.Reply).ToReply().Lines);
        Assert.Contains("already asked for a break at [T 20:00:00]", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AgainWithinTheCooldown_AfterAPause_SaysTheExactTimeToAskAgain()
    {
        var asked = Asked(Run("/watch break", Bob, Playing(Minute)));
        var paused = Asked(Run("/watch pause", Alice, asked, T0 + Minute));
        Assert.Empty(BreakBook.Open(paused));
        var resumed = Asked(Run("/watch resume", Alice, paused, T0 + (2 * Minute)));
        var playing = resumed with { Phase = SessionPhase.Playing };

        var tooSoon = Run("/watch break", Bob, playing, T0 + (3 * Minute));

        Expect.ChangesNothing(tooSoon);
        var reply = PlainText.Of(Assert.IsType<BreakAskTooSoon>(tooSoon.Reply).ToReply().Lines);
        Assert.Contains("You can ask again at [T 20:05:00]", reply, StringComparison.Ordinal);

        var later = Run("/watch break", Bob, playing, T0 + (5 * Minute));
        Assert.Single(BreakBook.Open(Asked(later)));
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("carol")]
    public void Approve_ByHostOrModerator_Pauses_RecordsTheBreak_AndClearsTheRequests(string who)
    {
        var approver = who == "alice" ? Alice : Carol;
        var asked = Asked(Run("/watch break", Dave, Asked(Run("/watch break", Bob, Playing(Minute)))));
        var decision = Run("/watch break approve", approver, asked, T0 + (2 * Minute));

        var paused = Asked(decision);
        Assert.Equal(SessionPhase.Paused, paused.Phase);
        Assert.Equal(3 * Minute, paused.PositionAt(T0 + Hour));
        Assert.Equal([new BreakTaken(3 * Minute, T0 + (2 * Minute))], paused.BreaksTaken);
        Assert.Empty(BreakBook.Open(paused));
        Assert.Equal([paused.Id], decision.Disarm);
        var started = Assert.IsType<BreakStarted>(Assert.Single(decision.ToChannel));
        var line = PlainText.Of(started.ToChannel().Announcements.Single().Lines);
        Assert.Equal($"☕ Break at 0:03:00, approved by {who} — asked by bob, dave. Resume with /watch resume when everyone is back.", line);
        Assert.DoesNotContain(SessionCard.Of(paused).Lines, l => PlainText.Of(l).StartsWith('☕'));
    }

    [Fact]
    public void Approve_ByAMember_IsRefusedPrivately_NamingWhoMay()
    {
        var asked = Asked(Run("/watch break", Bob, Playing(Minute)));
        var refused = Expect.Refused(Run("/watch break approve", Dave, asked));
        Assert.Contains("Only the host (alice) or a moderator can approve a break", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_WithNobodyAsking_IsRefused_PointingAtPause()
    {
        var refused = Expect.Refused(Run("/watch break approve", Alice, Playing(Minute)));
        Assert.Equal("/watch pause", refused.Suggestion);
    }

    [Fact]
    public void Resume_EndsTheBreak_WhenEveryonePressesPlay()
    {
        var asked = Asked(Run("/watch break", Bob, Playing(Minute)));
        var paused = Asked(Run("/watch break approve", Alice, asked, T0 + Minute));
        var resumed = Asked(Run("/watch resume in:5s", Alice, paused, T0 + (10 * Minute)));

        var taken = Assert.Single(resumed.BreaksTaken);
        Assert.Equal(resumed.CountdownTarget, taken.EndedAt);
        Assert.Equal(T0 + Minute, taken.StartedAt);
    }

    [Fact]
    public void End_DuringABreak_EndsIt_AndForgetsTheAsks()
    {
        var asked = Asked(Run("/watch break", Bob, Playing(Minute)));
        var paused = Asked(Run("/watch break approve", Alice, Asked(Run("/watch break", Dave, asked)), T0 + Minute));
        var ended = Asked(Run("/watch end", Alice, paused, T0 + (4 * Minute)));

        Assert.Equal(T0 + (4 * Minute), Assert.Single(ended.BreaksTaken).EndedAt);
        Assert.Empty(ended.BreakRequests);
    }

    [Fact]
    public void AutoThreshold_PausesByItself_WhenEnoughAskWithinAMinute()
    {
        var space = SpaceSettings.None with { AutoBreak = new AutoBreak(3) };
        var live = Playing(Minute);
        live = Asked(Run("/watch break", Bob, live, T0, space));
        live = Asked(Run("/watch break", Dave, live, T0 + (30 * Second), space));
        Assert.Equal(SessionPhase.Playing, live.Phase);

        var decision = Run("/watch break", Erin, live, T0 + (50 * Second), space);

        var paused = Asked(decision);
        Assert.Equal(SessionPhase.Paused, paused.Phase);
        Assert.Single(paused.BreaksTaken);
        var line = PlainText.Of(Assert.IsType<BreakStarted>(Assert.Single(decision.ToChannel)).ToChannel().Announcements.Single().Lines);
        Assert.StartsWith("☕ 3 people asked for a break within a minute, so I paused at 0:01:50 — asked by bob, dave, erin.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AutoThreshold_CountsOnlyAsksWithinAMinute()
    {
        var space = SpaceSettings.None with { AutoBreak = new AutoBreak(3) };
        var live = Asked(Run("/watch break", Bob, Playing(Minute), T0, space));
        live = Asked(Run("/watch break", Dave, live, T0 + (61 * Second), space));
        live = Asked(Run("/watch break", Erin, live, T0 + (90 * Second), space));

        Assert.Equal(SessionPhase.Playing, live.Phase);
        Assert.Equal(3, BreakBook.Open(live).Count);
    }

    [Fact]
    public void AutoThird_IsAThirdOfThoseReady_AtLeastTwo()
    {
        Assert.Equal(2, AutoBreak.Third.Needed(readyCount: 0, participantCount: 4));
        Assert.Equal(3, AutoBreak.Third.Needed(readyCount: 9, participantCount: 12));
        Assert.Equal(4, AutoBreak.Third.Needed(readyCount: 0, participantCount: 10));
    }

    [Fact]
    public void Locked_OnlyParticipantsMayAsk()
    {
        var locked = Playing(Minute).WithParticipant(Bob.User) with { Locked = true };

        var refused = Expect.Refused(Run("/watch break", Dave, locked));
        Assert.Contains("locked", refused.Reason, StringComparison.Ordinal);
        Assert.Single(BreakBook.Open(Asked(Run("/watch break", Bob, locked))));
    }

    [Fact]
    public void Kicked_PeopleCannotAsk()
    {
        var live = Playing(Minute) with { Kicked = [Bob.User.Key] };
        var refused = Expect.Refused(Run("/watch break", Bob, live));
        Assert.Contains("removed you", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SpaceBreaksSetting_DecidesWhoMayAsk()
    {
        var space = SpaceSettings.None with { Permissions = SpaceSettings.None.Permissions.SetItem(SpaceAction.Break, Audience.Participants) };
        var refused = Expect.Refused(Run("/watch break", Dave, Playing(Minute), space: space));
        Assert.Contains("ask for breaks", refused.Reason, StringComparison.Ordinal);
        Assert.Single(BreakBook.Open(Asked(Run("/watch break", Dave, Playing(Minute).WithParticipant(Dave.User), space: space))));
    }

    [Fact]
    public void Ask_WhilePausedOrWithNoSession_IsRefused()
    {
        Expect.Refused(Run("/watch break", Bob, Paused(Minute)));
        Expect.Refused(Run("/watch break", Bob, live: null));
    }

    [Fact]
    public void OpenRequests_ExpireAfterTheirLifetime()
    {
        var asked = Asked(Run("/watch break", Bob, Playing(Minute)));
        var later = Asked(Run("/watch break", Dave, asked, T0 + (16 * Minute)));
        Assert.Equal([Dave.User], BreakBook.Open(later).Select(r => r.By));
    }
}
