using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Notices;

public sealed class RecapTests
{
    [Fact]
    public void Of_ASessionWithoutReactions_CountsParticipantsAndNothingElse()
    {
        var recap = Recap.Of(Playing(TimeSpan.Zero) with { Participants = [Alice.User, Bob.User] }, T0 + Hour);

        Assert.Equal(2, recap.ParticipantCount);
        Assert.Equal(0, recap.ReactionCount);
        Assert.Empty(recap.TopEmoji);
        Assert.Empty(recap.Highlights);
        Assert.Equal(Hour, recap.FinalPosition);
        Assert.Equal(Hour, recap.WatchedFor);
    }

    [Fact]
    public void Of_ANeverStartedSession_WatchedForNothing()
    {
        Assert.Equal(TimeSpan.Zero, Recap.Of(CountingDown(T0 + Minute), T0).WatchedFor);
    }

    [Fact]
    public void TopEmoji_MostUsedFirst_TiesInStableOrder_AtMostThree()
    {
        var recap = Recap.Of(WithReactions(("🍿", 1), ("😂", 2), ("😂", 3), ("😱", 4), ("😱", 5), ("😂", 6), ("👍", 7), ("💀", 8)), T0);

        Assert.Equal(3, recap.TopEmoji.Count);
        Assert.Equal(("😂", 3), recap.TopEmoji[0]);
        Assert.Equal(("😱", 2), recap.TopEmoji[1]);
        Assert.Equal(1, recap.TopEmoji[2].Count);
        Assert.Equal(8, recap.ReactionCount);
    }

    [Fact]
    public void Highlights_AreTheBusiestMoments_ShownInMediaOrder()
    {
        // Moments: 0:10:0x (three reactions), 0:50:0x (two), 1:30:00 (two), 0:05:00 (one).
        var session = WithReactions(
            ("a", 600), ("b", 601), ("c", 605),
            ("d", 3000), ("e", 3010),
            ("f", 5400), ("g", 5405),
            ("h", 300));

        var recap = Recap.Of(session, T0);

        Assert.Equal(["a", "d", "f"], recap.Highlights.Select(r => r.Emoji));
    }

    [Fact]
    public void Highlights_OfAMoment_IsItsEarliestReaction()
    {
        var session = WithReactions(("late", 605), ("early", 601));

        Assert.Equal("early", Assert.Single(Recap.Of(session, T0).Highlights).Emoji);
    }

    private static WatchSession WithReactions(params (string Emoji, int Seconds)[] reactions) =>
        Playing(TimeSpan.Zero) with
        {
            Reactions = [.. reactions.Select((r, i) => new Reaction(i + 1, r.Emoji, null, TimeSpan.FromSeconds(r.Seconds), Bob.User, T0))],
        };
}
