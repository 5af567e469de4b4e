using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Sessions.Views;

/// <summary>The recap, built once for every platform.</summary>
public sealed class RecapViewTests
{
    [Fact]
    public void Recap_SaysWhereItEnded_TimeTogether_PeopleReactions_TopEmojiAndHighlights()
    {
        var recap = new Recap(TimeSpan.FromMinutes(95), TimeSpan.FromMinutes(90), 3, 5,
            [("😂", 3), ("🔥", 2)],
            [Reaction(1, "😂", 62), Reaction(4, "🔥", 3600)]);

        var view = new SessionEnded(Ended(), recap, Carol.User).ToChannel();

        var line = Assert.Single(Assert.Single(view.Announcements).Lines);
        Assert.Equal(
            "■ The Matrix ended by carol at 1:35:00. Watched 1:30:00 together, 3 people, 5 reactions: 😂×3 🔥×2. Highlights: 😂 at 0:01:02, 🔥 at 1:00:00.",
            PlainText.Of(line));
        Assert.Contains(new PersonPart(Carol.User), line.Parts);
        Assert.Equal(4, line.Parts.Count(p => p is EmojiPart));
    }

    [Fact]
    public void ARecapWithNoReactionsOrEnder_SaysOnlyWhatHappened()
    {
        var recap = new Recap(Minute, Minute, 1, 1, [], []);

        var text = PlainText.Of(RecapView.Of(Ended(), recap, null).Lines);

        Assert.Equal("■ The Matrix ended at 0:01:00. Watched 0:01:00 together, 1 person, 1 reaction.", text);
    }

    [Fact]
    public void TheEndedCard_HasNoActions()
    {
        var view = new SessionEnded(Ended(), new Recap(Minute, Minute, 1, 0, [], []), null).ToChannel();

        Assert.Empty(view.Card!.Actions);
        Assert.Equal("■ The Matrix has ended.", PlainText.Of(view.Card.Lines[0]));
    }

    [Fact]
    public void NeighbouringWords_AreOnePart()
    {
        var line = RecapView.Of(Ended(), new Recap(Minute, Minute, 2, 0, [], []), null).Lines[0];

        Assert.DoesNotContain(line.Parts.Zip(line.Parts.Skip(1)), pair => pair is (TextPart { Style: TextStyle.Plain }, TextPart { Style: TextStyle.Plain }));
    }

    private static WatchSession Ended() => Playing(Minute) with { Phase = SessionPhase.Ended, EndedAt = T0, EndReason = EndReason.EndedByUser };

    private static Reaction Reaction(int sequence, string emoji, int seconds) => new(sequence, emoji, null, TimeSpan.FromSeconds(seconds), Bob.User, T0);
}
