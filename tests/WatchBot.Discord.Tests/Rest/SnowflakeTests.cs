using WatchBot.Discord.Rest;

namespace WatchBot.Discord.Tests.Rest;

/// <summary>What may become part of a REST path: ASCII digits that fit 64 bits, and URL-safe tokens.</summary>
public sealed class SnowflakeTests
{
    [Theory]
    [InlineData("0", 0UL)]
    [InlineData("772904309264089089", 772904309264089089UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    public void Digits_ThatFit64Bits_AreSnowflakes(string text, ulong value)
    {
        Assert.True(Snowflake.TryParse(text, out var snowflake));
        Assert.Equal(value, snowflake.Value);
        Assert.Equal(text, snowflake.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("18446744073709551616")]
    [InlineData("1/../../../guilds/1/bans/2")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1e3")]
    [InlineData("１２３")]
    [InlineData("٣")]
    [InlineData("000000000000000000001")]
    public void AnythingElse_IsNot(string? text) => Assert.False(Snowflake.TryParse(text, out _));

    [Theory]
    [InlineData("aW50ZXJhY3Rpb246MTIzNDU2Nzg5", true)]
    [InlineData("UNIQUE_TOKEN", true)]
    [InlineData("a.b-c_d", true)]
    [InlineData("..", false)]
    [InlineData(".", false)]
    [InlineData("a/b", false)]
    [InlineData("a%2Fb", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    public void InteractionTokens_AreUrlSafe_AndNeverADotSegment(string token, bool valid) =>
        Assert.Equal(valid, InteractionToken.IsValid(token));

    [Fact]
    public void Routes_AreBuiltFromSnowflakes()
    {
        var route = DiscordRoute.CreateMessage(Snowflake.Parse("42"));

        Assert.Equal("/channels/42/messages", route.Path);
        Assert.Throws<ArgumentException>(() => DiscordRoute.FollowUp(new Snowflake(1), "../../guilds"));
    }
}
