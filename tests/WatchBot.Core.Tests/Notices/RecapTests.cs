using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Recaps;
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
        Assert.Equal([Alice.User, Bob.User], recap.Participants);
        Assert.Equal(0, recap.ReactionCount);
        Assert.Empty(recap.Emoji);
        Assert.Empty(recap.Moments);
        Assert.Empty(recap.Timeline);
        Assert.Equal(Hour, recap.FinalPosition);
        Assert.Equal(Hour, recap.WatchedFor);
    }

    [Fact]
    public void Of_ANeverStartedSession_WatchedForNothing()
    {
        Assert.Equal(TimeSpan.Zero, Recap.Of(CountingDown(T0 + Minute), T0).WatchedFor);
    }

    [Fact]
    public void Of_LeavesKickedPeopleOutOfWhoCame()
    {
        var session = Playing(TimeSpan.Zero) with { Participants = [Alice.User, Bob.User, Carol.User], Kicked = [Bob.User.Key] };

        var recap = Recap.Of(session, T0);

        Assert.Equal([Alice.User, Carol.User], recap.Participants);
        Assert.Equal(2, recap.ParticipantCount);
    }

    [Fact]
    public void Of_KeepsTheBreaks_ABreakStillRunningEndsWithTheSession()
    {
        var first = new BreakTaken(TimeSpan.FromSeconds(2710), T0 + (10 * Minute), T0 + (16 * Minute));
        var running = new BreakTaken(TimeSpan.FromHours(1.3), T0 + Hour, null);

        var recap = Recap.Of(Playing(TimeSpan.Zero) with { BreaksTaken = [first, running] }, T0 + Hour + (4 * Minute));

        Assert.Equal([first, running with { EndedAt = T0 + Hour + (4 * Minute) }], recap.Breaks);
    }

    [Fact]
    public void Emoji_EveryOneUsed_MostUsedFirst_TiesInStableOrder()
    {
        var recap = RecapOf(("🍿", 1), ("😂", 2), ("😂", 3), ("😱", 4), ("😱", 5), ("😂", 6), ("👍", 7), ("💀", 8));

        Assert.Equal(
            [new EmojiCount("😂", 3), new EmojiCount("😱", 2), new EmojiCount("🍿", 1), new EmojiCount("👍", 1), new EmojiCount("💀", 1)],
            recap.Emoji);
        Assert.Equal(8, recap.ReactionCount);
    }

    [Fact]
    public void Moments_ClusterReactionsWithin30Seconds_RankedByCount()
    {
        // 0:10:00, 0:10:15, 0:10:30 are one moment (within 30 s of its first); 0:50:00 and 0:50:10
        // another; 0:50:45 starts a third, and it and 1:30:00 alone are left out while busier moments exist.
        var recap = RecapOf(
            ("😂", 600), ("😂", 615), ("🔥", 630),
            ("😱", 3000), ("😱", 3010), ("💤", 3045),
            ("💤", 5400));

        Assert.Equal(
            [
                new RecapMoment(TimeSpan.FromSeconds(600), 3, [new EmojiCount("😂", 2), new EmojiCount("🔥", 1)]),
                new RecapMoment(TimeSpan.FromSeconds(3000), 2, [new EmojiCount("😱", 2)]),
            ],
            recap.Moments);
    }

    [Fact]
    public void Moments_AreAtMostFive_BusiestFirst_TiesEarlierFirst()
    {
        // Seven moments of two reactions, one of three at the very end.
        var reactions = Enumerable.Range(0, 7).SelectMany(i => new[] { ("😂", i * 600), ("😂", (i * 600) + 5) }).Append(("🔥", 9000)).Append(("🔥", 9001)).Append(("🔥", 9002));

        var moments = RecapOf([.. reactions]).Moments;

        Assert.Equal(RecapMoments.Max, moments.Count);
        Assert.Equal([9000, 0, 600, 1200, 1800], moments.Select(m => (int)m.At.TotalSeconds));
    }

    [Fact]
    public void Moments_OfAQuietEvening_AreItsSingleReactions()
    {
        Assert.Equal([600, 3000], RecapOf(("😂", 600), ("😱", 3000)).Moments.Select(m => (int)m.At.TotalSeconds));
    }

    [Fact]
    public void Timeline_ListsEachReactionWithItsNote_InMediaOrder()
    {
        var recap = Recap.Of(Playing(TimeSpan.Zero), T0).WithReactions(
        [
            Reaction(1, "🔥", 4353, "the <@everyone> scene"),
            Reaction(2, "😂", 62, null),
        ]);

        Assert.False(recap.TimelineByMinute);
        Assert.Equal(
            [
                new RecapLine(TimeSpan.FromSeconds(62), [new EmojiCount("😂", 1)], []),
                new RecapLine(TimeSpan.FromSeconds(4353), [new EmojiCount("🔥", 1)], ["the <@everyone> scene"]),
            ],
            recap.Timeline);
    }

    [Fact]
    public void Timeline_OfABusyEvening_IsGroupedByMinute_NotesKeptThreeAMinute()
    {
        // 13 reactions (more than 12): minute 1:12 holds six with five notes, minute 1:30 seven without.
        var busy = new List<Reaction>();
        for (var i = 0; i < 6; i++)
        {
            busy.Add(Reaction(i + 1, i < 4 ? "😂" : "🔥", 4320 + i, i < 5 ? $"note {i}" : null));
        }

        for (var i = 0; i < 7; i++)
        {
            busy.Add(Reaction(i + 7, "😱", 5400 + i, null));
        }

        var recap = Recap.Of(Playing(TimeSpan.Zero), T0).WithReactions(busy);

        Assert.True(recap.TimelineByMinute);
        Assert.Equal(
            [
                new RecapLine(TimeSpan.FromMinutes(72), [new EmojiCount("😂", 4), new EmojiCount("🔥", 2)], ["note 0", "note 1", "note 2"], MoreNotes: 2),
                new RecapLine(TimeSpan.FromMinutes(90), [new EmojiCount("😱", 7)], []),
            ],
            recap.Timeline);
    }

    [Fact]
    public void Of_CountsTheSummarisedReactions_AndWithReactionsAddsTheirMoments()
    {
        Reaction[] reactions = [new(1, "😂", null, Minute, Bob.User, T0), new(2, "😂", null, Minute, Alice.User, T0)];
        var session = Playing(TimeSpan.Zero) with { Reactions = ReactionSummary.None.With(reactions[0]).With(reactions[1]) };

        var told = Recap.Of(session, T0);
        var completed = told.WithReactions(reactions);

        Assert.Equal(2, told.ReactionCount);
        Assert.Empty(told.Emoji);
        Assert.Equal([new EmojiCount("😂", 2)], completed.Emoji);
        Assert.Equal(Minute, Assert.Single(completed.Moments).At);
        Assert.NotNull(completed.Chart);
        Assert.Equal(told with { Emoji = completed.Emoji, Moments = completed.Moments, Timeline = completed.Timeline, Chart = completed.Chart }, completed);
    }

    /// <summary>The recap of a session whose stored reactions are <paramref name="reactions"/>, as the coordinator completes it.</summary>
    private static Recap RecapOf(params (string Emoji, int Seconds)[] reactions)
    {
        Reaction[] stored = [.. reactions.Select((r, i) => Reaction(i + 1, r.Emoji, r.Seconds, null))];
        var session = Playing(TimeSpan.Zero) with { Reactions = stored.Aggregate(ReactionSummary.None, (summary, r) => summary.With(r)) };
        return Recap.Of(session, T0).WithReactions(stored);
    }

    private static Reaction Reaction(int sequence, string emoji, int seconds, string? note) =>
        new(sequence, emoji, note, TimeSpan.FromSeconds(seconds), Bob.User, T0);
}
