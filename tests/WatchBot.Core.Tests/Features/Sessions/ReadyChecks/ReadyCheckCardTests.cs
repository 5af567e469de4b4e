using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Sessions.ReadyChecks;

public sealed class ReadyCheckCardTests
{
    private static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: false);

    [Fact]
    public void HeldCard_ShowsWhoIsReady_WhoWeWaitFor_ByName_AndWhenItStartsAnyway()
    {
        var held = Decide("/watch start title:\"The Matrix\" ready:3 wait:5m", Alice).Next!;
        var joined = Decide("/watch ready", Bob, held, now: T0 + Second).Next!.WithParticipant(Dave.User);

        var card = SessionCard.Of(joined);

        Assert.Equal("✋ The Matrix starts when 3 are ready.", PlainText.Of(card.Lines[0]));
        Assert.Equal("✋ 1 of 3 ready · waiting for alice, dave · starts anyway at [T 20:05:00] ([R 20:05:00])", PlainText.Of(card.Lines[^1]));

        // Names, never pings: the waiting list is user text, not a mention.
        Assert.DoesNotContain(card.Lines[^1].Parts, p => p is MentionPart or PersonPart);
        Assert.Contains(card.Lines[^1].Parts, p => p is UserTextPart { Value: "dave" });
        var start = Assert.Single(card.Actions[0], a => a.Id == SessionActions.Resume(joined.Id));
        Assert.Equal("Start now", start.Label);
        Assert.Contains(card.Actions[0], a => a.Id == SessionActions.Ready(joined.Id));
    }

    [Fact]
    public void HeldCard_UpdatesInPlace_AsPeopleGetReady()
    {
        var held = Decide("/watch start title:\"The Matrix\" ready:3", Alice).Next!;
        var opened = Assert.IsType<ReadyCheckOpened>(Assert.Single(Decide("/watch start title:\"The Matrix\" ready:3", Alice).ToChannel)).ToChannel();
        var marked = Decide("/watch ready", Bob, held, now: T0 + Second).ToChannel.Single().ToChannel();

        Assert.Equal(opened.Card!.Key, marked.Card!.Key);
        Assert.Contains("0 of 3 ready", PlainText.Of(opened.Card.Lines), StringComparison.Ordinal);
        Assert.Contains("1 of 3 ready", PlainText.Of(marked.Card.Lines), StringComparison.Ordinal);
        Assert.Empty(marked.Announcements);
    }

    [Fact]
    public void Release_NamesTheExactSecondOfGo()
    {
        var held = Decide("/watch start title:\"The Matrix\" ready:1 in:10s", Alice).Next!;

        var decision = Decide("/watch ready", Bob, held, now: T0 + TimeSpan.FromMilliseconds(1500));

        var said = PlainText.Of(Assert.Single(decision.ToChannel[0].ToChannel().Announcements).Lines);
        Assert.Equal("✋ 1 of 1 ready: The Matrix starts — press play at [T 20:00:12] ([R 20:00:12]).", said);
        Assert.Contains("press play at [T 20:00:12]", PlainText.Of(decision.ToChannel[1].ToChannel().Card!.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void NoReadyCheck_CardIsUnchanged()
    {
        var card = SessionCard.Of(Decide("/watch start title:\"The Matrix\"", Alice).Next!);

        Assert.Equal(2, card.Lines.Count);
    }
}
