using WatchBot.Core.Kernel;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rest;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Publishing;

public sealed class AnsweredCardsTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    [Fact]
    public async Task AnsweredCard_IsClaimedOnce()
    {
        var cards = new AnsweredCards(_time);
        Answer(cards, 1);

        var claimed = await cards.ClaimAsync(Channel(1), "card-1", CancellationToken.None);

        Assert.Equal(new AnsweredCard("card-1", "m1", "drawn"), claimed);
        Assert.Null(await cards.ClaimAsync(Channel(1), "card-1", CancellationToken.None));
        Assert.Equal(0, cards.Held);
    }

    [Fact]
    public async Task AnsweredCard_UnclaimedPastItsKeep_IsNotClaimed_SweptOrNot()
    {
        var cards = new AnsweredCards(_time);
        Answer(cards, 1);

        _time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        Assert.Equal(1, cards.Held);
        Assert.Null(await cards.ClaimAsync(Channel(1), "card-1", CancellationToken.None));
    }

    [Fact]
    public void UnclaimedCards_AreSwept_NowAndThen()
    {
        var cards = new AnsweredCards(_time);
        for (var i = 0; i < 256; i++)
        {
            Answer(cards, i);
        }

        _time.Advance(TimeSpan.FromMinutes(16));
        for (var i = 256; i < 512; i++)
        {
            Answer(cards, i);
        }

        Assert.Equal(256, cards.Held);
    }

    private static void Answer(AnsweredCards cards, int i)
    {
        var pending = cards.Open(Channel(i), new Snowflake((ulong)i + 1));
        pending.Offer("card-" + i, "drawn");
        cards.Finish(pending, "m" + i);
    }

    private static ChannelAddress Channel(int i) => new("discord", "g1", "c" + i);
}
