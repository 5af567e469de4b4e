using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rest;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Publishing;

public sealed class CardTokensTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    [Fact]
    public void ExpiredTokens_AreSwept_LiveOnesKept()
    {
        var tokens = new CardTokens(_time);
        RememberMany(tokens, "old", 1024);
        _time.Advance(DiscordCauseBook.Lifetime);

        RememberMany(tokens, "new", 1024);

        Assert.Equal(1024, tokens.Held);
        Assert.Null(tokens.LiveFor("old-0"));
        Assert.Equal("token-new-1023", tokens.LiveFor("new-1023")?.Token);
    }

    [Fact]
    public void TokensUnderSteadyTraffic_StayWithinTwiceTheLiveOnes()
    {
        var tokens = new CardTokens(_time);
        var most = 0;

        // 2,000 cards a minute for 40 minutes: 28,000 live at once (14 minutes of them).
        for (var minute = 0; minute < 40; minute++)
        {
            RememberMany(tokens, "m" + minute, 2000);
            most = Math.Max(most, tokens.Held);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.InRange(most, 28_000, 2 * 30_000);
    }

    [Fact]
    public void LiveFor_SaysNothing_OnceExpired_SweptOrNot()
    {
        var tokens = new CardTokens(_time);
        RememberMany(tokens, "a", 1);

        _time.Advance(DiscordCauseBook.Lifetime);

        Assert.Null(tokens.LiveFor("a-0"));
    }

    private void RememberMany(CardTokens tokens, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            tokens.Remember(prefix + "-" + i, new DiscordSendCause(new Snowflake(1), "token-" + prefix + "-" + i), _time.GetUtcNow());
        }
    }
}
