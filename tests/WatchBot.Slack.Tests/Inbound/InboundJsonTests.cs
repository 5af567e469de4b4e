using System.Text;
using WatchBot.Http;

namespace WatchBot.Slack.Tests.Inbound;

/// <summary>The one reader of inbound JSON: anything whose text .NET cannot read is refused as a whole.</summary>
public sealed class InboundJsonTests
{
    [Theory]
    [InlineData("""{"a":"\ud800"}""")]
    [InlineData("""{"a":"\udfff"}""")]
    [InlineData("""{"\ud800":1}""")]
    [InlineData("""{"a":[{"b":["x","\udc00"]}]}""")]
    [InlineData("""{"a":""")]
    [InlineData("")]
    public void UnreadableOrMalformed_IsRefused(string json) => Assert.Null(InboundJson.TryParse(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void InvalidUtf8_IsRefused()
    {
        byte[] json = [.. "{\"a\":\""u8, 0xFF, .. "\"}"u8];

        Assert.Null(InboundJson.TryParse(json));
    }

    [Fact]
    public void DeepNesting_IsRefused() =>
        Assert.Null(InboundJson.TryParse(new string('[', InboundJson.MaxDepth + 1) + new string(']', InboundJson.MaxDepth + 1)));

    [Fact]
    public void ValidText_WithSurrogatePairsNulAndBidi_IsRead()
    {
        using var document = InboundJson.TryParse("""{"a":"\ud83d\udd25 \u0000 \u202e","b":[1,true,null]}""");

        Assert.NotNull(document);
        Assert.Equal("🔥 \0 \u202e", document.RootElement.GetProperty("a").GetString());
    }
}
