using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Sessions.Views;

/// <summary>A session's card: one per session, drawn from the session alone, with the actions its phase allows.</summary>
public sealed class SessionCardTests
{
    public static TheoryData<string, string[]> ControlsByPhase => new()
    {
        { "scheduled", ["Ready"] },
        { "counting down", ["Ready", "Pause", "Need a break", "Joining late"] },
        { "playing", ["Pause", "Need a break", "Joining late"] },
        { "paused", ["Ready", "Resume", "Joining late"] },
        { "ended", [] },
    };

    [Theory]
    [MemberData(nameof(ControlsByPhase))]
    public void Controls_AreWhatThePhaseAllows(string phase, string[] labels)
    {
        var card = SessionCard.Of(InPhase(phase));

        Assert.Equal(labels, card.Actions.Count == 0 ? [] : card.Actions[0].Select(a => a.Label));
    }

    [Theory]
    [InlineData("counting down", true)]
    [InlineData("playing", true)]
    [InlineData("paused", true)]
    [InlineData("scheduled", false)]
    [InlineData("ended", false)]
    public void TheSixReactions_AreOfferedWhileLive(string phase, bool offered)
    {
        var card = SessionCard.Of(InPhase(phase));

        var reactions = card.Actions.Skip(1).SelectMany(row => row).Where(a => a.Id.StartsWith("watch:react:", StringComparison.Ordinal)).ToList();
        Assert.Equal(offered ? SessionActions.Reactions : [], reactions.Select(a => a.Emoji));
        Assert.All(card.Actions.Skip(1), row => Assert.True(row.Count <= 5, "a row of at most five buttons"));
    }

    [Fact]
    public void ActionIds_AreTheOnesInboundReadsBack()
    {
        var card = SessionCard.Of(Paused(Minute));

        Assert.Equal(["watch:ready:live00000001", "watch:resume:live00000001", "watch:join:live00000001"], card.Actions[0].Select(a => a.Id));
        Assert.Equal(["watch:react:0:live00000001", "watch:react:1:live00000001", "watch:react:2:live00000001"], card.Actions[1].Select(a => a.Id));
        Assert.Equal("watch:pause:live00000001", SessionCard.Of(Playing(Minute)).Actions[0][0].Id);
        Assert.All(card.Actions.SelectMany(r => r), a => Assert.True(a.Id.Length <= 100 && a.Id.All(char.IsAscii), a.Id));
    }

    [Fact]
    public void Key_IsOnePerSession()
    {
        Assert.Equal("session:live00000001", SessionCard.Of(Playing(Minute)).Key);
        Assert.Equal(SessionCard.Of(Playing(Minute)).Key, SessionCard.Of(Paused(Minute)).Key);
        Assert.NotEqual(SessionCard.Of(Playing(Minute)).Key, SessionCard.Of(Scheduled(T0 + Hour)).Key);
    }

    [Fact]
    public void Headline_SaysWhereTheSessionStands_ByPhase()
    {
        var target = T0 + (10 * Second);
        var resuming = Paused(Minute) with { Phase = SessionPhase.CountingDown, CountdownTarget = target, Clock = new MediaClock(target, Minute, true, null) };

        Assert.Equal("📅 Alien is scheduled for [F 2026-11-22 21:00:00] ([R 21:00:00]) — say if you're going.", Headline(Scheduled(T0 + Hour)));
        Assert.Equal("⏳ Alien is due and starts as soon as the channel is free.", Headline(Scheduled(T0) with { WaitingSince = T0 }));
        Assert.Equal("⏳ The Matrix starts [R 20:00:10] — press play at [T 20:00:10].", Headline(CountingDown(target)));
        Assert.Equal("⏳ The Matrix resumes from 0:01:00 — press play at [T 20:00:10] ([R 20:00:10]).", Headline(resuming));
        Assert.Equal("▶ The Matrix is playing — it was at 0:01:00 [R 20:00:00] ([T 20:00:00]).", Headline(Playing(Minute)));
        Assert.Equal("⏸ The Matrix is paused at 0:01:00.", Headline(Paused(Minute)));
        Assert.Equal("■ The Matrix has ended.", Headline(Ended(EndReason.EndedByUser)));
        Assert.Equal("■ The Matrix has ended.", Headline(Ended(EndReason.ReachedEnd)));
        Assert.Equal("✖ The Matrix was missed.", Headline(Ended(EndReason.Missed)));
        Assert.Equal("✖ The Matrix could not start.", Headline(Ended(EndReason.ChannelBusy)));
    }

    [Fact]
    public void Facts_NameTheHostThePolicyAndTheCounts()
    {
        var session = Playing(Minute, policy: ControlPolicy.Everyone) with { ReadyUserIds = [Bob.User.Key, Carol.User.Key] };
        session = session with { Reactions = session.Reactions.With(new Reaction(1, "🔥", null, Minute, Bob.User, T0)) };

        var facts = SessionCard.Of(session).Lines[1];

        Assert.Equal("Host alice · control: everyone · 2 ready · 1 reaction", PlainText.Of(facts));
        Assert.Contains(new PersonPart(Alice.User), facts.Parts);
    }

    [Fact]
    public void TheTitle_IsStrongUserText()
    {
        var card = SessionCard.Of(Playing(Minute) with { Title = "**@everyone**" });

        Assert.Contains(new UserTextPart("**@everyone**", TextStyle.Strong), card.Lines[0].Parts);
        Assert.DoesNotContain(card.Lines.SelectMany(l => l.Parts), p => p is TextPart t && t.Value.Contains("@everyone", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSameState_DrawsTheSameCard()
    {
        Assert.Equal(SessionCard.Of(Paused(Minute)), SessionCard.Of(Paused(Minute)));
        Assert.NotEqual(SessionCard.Of(Paused(Minute)), SessionCard.Of(Paused(2 * Minute)));
    }

    private static string Headline(WatchSession session) => PlainText.Of(SessionCard.Of(session).Lines[0]);

    private static WatchSession Ended(EndReason reason) => Playing(Minute) with { Phase = SessionPhase.Ended, EndedAt = T0, EndReason = reason };

    private static WatchSession InPhase(string phase) => phase switch
    {
        "scheduled" => Scheduled(T0 + Hour),
        "counting down" => CountingDown(T0 + (10 * Second)),
        "playing" => Playing(Minute),
        "paused" => Paused(Minute),
        _ => Ended(EndReason.EndedByUser),
    };
}
