using WatchBot.Discord.Gateway.Payloads;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class GatewayJsonTests
{
    [Fact]
    public void OversizedPayload_IsRefused_NeverSent()
    {
        var huge = new IdentifyData(new string('x', 5000), 0, new IdentifyProperties("linux", "WatchBot", "WatchBot"));

        var ex = Assert.Throws<InvalidOperationException>(() => GatewayJson.Serialize(new GatewayCommand<IdentifyData>(GatewayOpcode.Identify, huge)));
        Assert.Contains("4096", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PayloadAtTheLimit_IsAllowed()
    {
        // A command the bot sends (their JSON is generated at build time), its token padded to the limit.
        var overhead = GatewayJson.Serialize(new GatewayCommand<ResumeData>(GatewayOpcode.Resume, new ResumeData("", "s", 1))).Length;

        var bytes = GatewayJson.Serialize(new GatewayCommand<ResumeData>(GatewayOpcode.Resume, new ResumeData(new string('x', GatewayJson.MaxOutboundBytes - overhead), "s", 1)));

        Assert.Equal(GatewayJson.MaxOutboundBytes, bytes.Length);
    }

    [Fact]
    public void MalformedJson_Throws_JsonException()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => GatewayJson.Parse("{\"op\":"u8));
    }
}
