using WatchBot.Core.Features.Sessions;
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
        var recap = RecapOf(("🍿", 1), ("😂", 2), ("😂", 3), ("😱", 4), ("😱", 5), ("😂", 6), ("👍", 7), ("💀", 8));

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
        var recap = RecapOf(
            ("a", 600), ("b", 601), ("c", 605),
            ("d", 3000), ("e", 3010),
            ("f", 5400), ("g", 5405),
            ("h", 300));

        Assert.Equal(["a", "d", "f"], recap.Highlights.Select(r => r.Emoji));
    }

    [Fact]
    public void Highlights_OfAMoment_IsItsEarliestReaction()
    {
        Assert.Equal("early", Assert.Single(RecapOf(("late", 605), ("early", 601)).Highlights).Emoji);
    }

    [Fact]
    public void Of_CountsTheSummarisedReactions_AndWithReactionsAddsTheirMoments()
    {
        Reaction[] reactions = [new(1, "😂", null, Minute, Bob.User, T0), new(2, "😂", null, Minute, Alice.User, T0)];
        var session = Playing(TimeSpan.Zero) with { Reactions = ReactionSummary.None.With(reactions[0]).With(reactions[1]) };

        var told = Recap.Of(session, T0);
        var completed = told.WithReactions(reactions);

        Assert.Equal(2, told.ReactionCount);
        Assert.Empty(told.TopEmoji);
        Assert.Equal([("😂", 2)], completed.TopEmoji);
        Assert.Equal(Minute, Assert.Single(completed.Highlights).Position);
        Assert.Equal(told with { TopEmoji = completed.TopEmoji, Highlights = completed.Highlights, Chart = completed.Chart }, completed);
    }

    /// <summary>The recap of a session whose stored reactions are <paramref name="reactions"/>, as the coordinator completes it.</summary>
    private static Recap RecapOf(params (string Emoji, int Seconds)[] reactions)
    {
        Reaction[] stored = [.. reactions.Select((r, i) => new Reaction(i + 1, r.Emoji, null, TimeSpan.FromSeconds(r.Seconds), Bob.User, T0))];
        var session = Playing(TimeSpan.Zero) with { Reactions = stored.Aggregate(ReactionSummary.None, (summary, r) => summary.With(r)) };
        return Recap.Of(session, T0).WithReactions(stored);
    }
}
