using WatchBot.Core.Features.LateJoin;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Tests.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.LateJoin;

/// <summary><c>/watch join</c> and <c>/watch check</c>: answers for the sender only, from the shared clock at arrival.</summary>
public sealed class LateJoinRulesTests
{
    private static readonly TimeSpan At4215 = new(0, 42, 15);

    [Fact]
    public void Join_WhilePlaying_IsAPersonalCountdown_AndMakesAParticipant()
    {
        // Playing at 0:42:15 at T0, asked at 20:00:01.3: press at 20:00:07 from 0:42:22.
        var decision = Decide("/watch join", Bob, Playing(At4215), now: T0.AddMilliseconds(1300));

        Assert.Equal(
            "▶ Joining The Matrix: seek to 0:42:22, then press play at [T 20:00:07] (in 5 s).",
            PlainText.Of(decision.Reply!.ToReply()!.Lines));
        Assert.Empty(decision.ToChannel);
        Assert.Contains(decision.Next!.Participants, p => p.Key == Bob.User.Key);
    }

    [Fact]
    public void Join_OnAClockOnAFraction_SaysByHowMuch()
    {
        var playing = Playing(At4215) with { Clock = new MediaClock(T0, At4215 + TimeSpan.FromMilliseconds(400), IsRunning: true, null) };

        var decision = Decide("/watch join", Bob, playing, now: T0);

        Assert.Equal(
            "▶ Joining The Matrix: seek to 0:42:20, then press play at [T 20:00:05] (in 5 s).\n(Everyone is 0.4 s past 0:42:20 at that moment: press play that much early if you can.)",
            PlainText.Of(decision.Reply!.ToReply()!.Lines));
    }

    [Fact]
    public void Join_WhilePaused_SaysWhereAndToWait()
    {
        var decision = Decide("/watch join", Bob, Paused(At4215), now: T0 + Hour);

        Assert.Equal("⏸ The Matrix is paused at 0:42:15: seek there and wait for resume.", PlainText.Of(decision.Reply!.ToReply()!.Lines));
        Assert.Contains(decision.Next!.Participants, p => p.Key == Bob.User.Key);
    }

    [Fact]
    public void Join_DuringACountdown_PressesWithEveryone()
    {
        var decision = Decide("/watch join", Bob, CountingDown(T0 + 20 * Second), now: T0);

        Assert.Equal(
            "⏳ We haven't started The Matrix: seek to 0:00:00, then press play at [T 20:00:20] (in 20 s), with everyone.",
            PlainText.Of(decision.Reply!.ToReply()!.Lines));
    }

    [Fact]
    public void Join_Twice_SavesNothingTheSecondTime()
    {
        var decision = Decide("/watch join", Alice, Playing(At4215), now: T0);

        Assert.Null(decision.Next);
        Assert.IsType<JoinCountdown>(decision.Reply);
    }

    [Fact]
    public void Join_LockedSession_RefusesNewcomers_ButNotParticipants()
    {
        var locked = Playing(At4215) with { Locked = true };

        var bob = Decide("/watch join", Bob, locked, now: T0);
        var alice = Decide("/watch join", Alice, locked, now: T0);

        Assert.Null(bob.Next);
        Assert.Contains("is locked", Assert.IsType<Refused>(bob.Reply).Reason, StringComparison.Ordinal);
        Assert.IsType<JoinCountdown>(alice.Reply);
    }

    [Fact]
    public void Join_Kicked_IsRefused()
    {
        var kicked = Playing(At4215) with { Kicked = [Bob.User.Key] };

        var decision = Decide("/watch join", Bob, kicked, now: T0);

        Assert.Null(decision.Next);
        Assert.Contains("removed you", Assert.IsType<Refused>(decision.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Join_PastTheEnd_IsRefused()
    {
        var decision = Decide("/watch join", Bob, Playing(At4215, runtime: At4215 + 3 * Second), now: T0);

        Assert.Contains("reaches its end", Assert.IsType<Refused>(decision.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JoinAndCheck_WithNothingLive_AreRefused_NamingTheNextBooking()
    {
        var join = Decide("/watch join", Bob, upcoming: [Scheduled(T0 + Hour)], now: T0);
        var check = Decide("/watch check 1:00", Bob, now: T0);

        Assert.Contains("\"Alien\"", Assert.IsType<Refused>(join.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("nothing to join", Assert.IsType<Refused>(join.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("check your player against", Assert.IsType<Refused>(check.Reply).Reason, StringComparison.Ordinal);

        // The suggestion is somewhere to go, not the command that was just refused.
        Assert.Equal("/watch status", ((Refused)join.Reply!).Suggestion);
        Assert.Equal("/watch status", ((Refused)check.Reply!).Suggestion);
    }

    [Theory]
    [InlineData("/watch check at:1:00:02", "✅ You're in sync: 0.0 s ahead of everyone's, within half a second.")]
    [InlineData("/watch check at:1:00:04.3", "Your player is 2.3 s ahead of everyone's (1:00:02 when you asked): pause for 2.3 s, then play.")]
    [InlineData("/watch check 59:58.8", "Your player is 3.2 s behind everyone's (1:00:02 when you asked): seek to 1:00:07 and press play at [T 20:00:07] (in 5 s); if your player keeps playing as you seek, seek at that moment.")]
    [InlineData("/watch sync check at:1:00:01.6", "✅ You're in sync: 0.4 s behind everyone's, within half a second.")]
    public void Check_WhilePlaying_SaysHowFarAndWhatToDo(string typed, string said)
    {
        var decision = Decide(typed, Bob, Playing(Hour), now: T0 + 2 * Second);

        Assert.Equal(said, PlainText.Of(decision.Reply!.ToReply()!.Lines));
        Assert.Null(decision.Next);
        Assert.Empty(decision.ToChannel);
    }

    [Theory]
    [InlineData("42:15", "✅ The film is paused at 0:42:15 and you're there: wait for resume.")]
    [InlineData("42:18.1", "Your player is 3.1 s ahead of everyone's (0:42:15 when you asked). The film is paused: seek to 0:42:15 and wait for resume.")]
    public void Check_WhilePaused_SaysWhereToWait(string at, string said)
    {
        var decision = Decide($"/watch check at:{at}", Bob, Paused(At4215), now: T0 + Minute);

        Assert.Equal(said, PlainText.Of(decision.Reply!.ToReply()!.Lines));
    }

    [Theory]
    [InlineData("/watch check at:soon")]
    [InlineData("/watch check at:1:02:03.")]
    [InlineData("/watch check at:+30s")]
    public void Check_UnreadablePosition_IsAPoliteErrorWithAnExample(string typed)
    {
        var parsed = WatchBot.Core.Grammar.CommandParser.Parse(typed);

        Assert.False(parsed.IsSuccess);
        Assert.Contains("1:02:03.5", parsed.Error.Message, StringComparison.Ordinal);
        Assert.Equal("/watch check at:1:02:03", parsed.Error.Example);
    }

    [Fact]
    public void JoinAndCheck_AreTypedAtTheTopOrUnderSync()
    {
        Assert.IsType<JoinCommand>(Parsed("/watch join"));
        Assert.IsType<JoinCommand>(Parsed("/watch sync join"));
        Assert.Equal(new CheckCommand(new TimeSpan(0, 1, 2, 3, 500)), Parsed("/watch sync check at:1:02:03.5"));
        Assert.Equal(new CheckCommand(TimeSpan.FromSeconds(3723)), Parsed("/watch check 3723"));
    }

    [Fact]
    public void TheCardsJoiningLateButton_ReadsBackAsJoin_BoundToItsSession()
    {
        var button = WatchBot.Core.Features.Sessions.Views.SessionCard.Of(Playing(At4215)).Actions[0].Single(a => a.Label == "Joining late");

        Assert.True(WatchBot.Core.Grammar.CardActions.TryRead(button.Id, out var press));
        var command = Assert.IsType<JoinCommand>(press.ToCommand().Command);
        Assert.Equal(LiveId, command.Session);
    }
}
