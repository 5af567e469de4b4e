using System.Text;
using System.Text.Json;
using WatchBot.Discord.Gateway.Payloads;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class GatewayFixtureTests
{
    public static TheoryData<string> GatewayFixtures => [.. Support.GatewayFixtures.GatewayNames()];

    [Fact]
    public void FixtureFolder_HasTheGatewayPayloads()
    {
        Assert.True(Support.GatewayFixtures.GatewayNames().Count() >= 8);
    }

    [Theory]
    [MemberData(nameof(GatewayFixtures))]
    public void EveryGatewayFixture_ParsesAsAnEnvelope(string name)
    {
        var payload = Parse(name);

        Assert.InRange(payload.Op, 0, 11);
        if (payload.Op == GatewayOpcode.Dispatch)
        {
            Assert.NotNull(payload.S);
            Assert.NotNull(payload.T);
        }
        else
        {
            Assert.Null(payload.T);
        }
    }

    [Fact]
    public void Hello_GivesTheInterval()
    {
        var hello = GatewayJson.Data<HelloData>(Parse("discord_gateway_op10_hello.json").D);

        Assert.Equal(45000, hello!.HeartbeatInterval);
    }

    [Fact]
    public void Dispatch_KeepsSequenceAndName()
    {
        var payload = Parse("discord_gateway_dispatch_envelope_example.json");

        Assert.Equal(42, payload.S);
        Assert.Equal("GATEWAY_EVENT_NAME", payload.T);
        Assert.Equal(JsonValueKind.Object, payload.D.ValueKind);
    }

    [Fact]
    public void HeartbeatAndAck_ReadAsDiscordSends()
    {
        Assert.Equal(251, Parse("discord_gateway_op1_heartbeat.json").D.GetInt64());
        Assert.Equal(JsonValueKind.Undefined, Parse("discord_gateway_op11_heartbeat_ack.json").D.ValueKind);
        Assert.Equal(JsonValueKind.Null, Parse("discord_gateway_op7_reconnect.json").D.ValueKind);
        Assert.Equal(JsonValueKind.False, Parse("discord_gateway_op9_invalid_session_false.json").D.ValueKind);
    }

    [Fact]
    public void IdentifyAndResume_ReadIntoOurModels()
    {
        var identify = GatewayJson.Data<IdentifyData>(Parse("discord_gateway_op2_identify_minimal.json").D)!;
        var resume = GatewayJson.Data<ResumeData>(Parse("discord_gateway_op6_resume.json").D)!;

        Assert.Equal("my_token", identify.Token);
        Assert.Equal(513, identify.Intents);
        Assert.Equal("linux", identify.Properties.Os);
        Assert.Equal("session_id_i_stored", resume.SessionId);
        Assert.Equal(1337, resume.Seq);
    }

    [Fact]
    public void OurResume_WritesTheFixtureShape()
    {
        var ours = Encoding.UTF8.GetString(GatewayJson.Serialize(
            new GatewayCommand<ResumeData>(GatewayOpcode.Resume, new ResumeData("my_token", "session_id_i_stored", 1337))));

        Assert.True(JsonElement.DeepEquals(
            JsonDocument.Parse(Support.GatewayFixtures.Read("discord_gateway_op6_resume.json")).RootElement,
            JsonDocument.Parse(ours).RootElement));
    }

    [Fact]
    public void OurHeartbeat_WritesTheFixtureShape_AndNullBeforeAnySequence()
    {
        var beat = Encoding.UTF8.GetString(GatewayJson.Serialize(new GatewayCommand<long?>(GatewayOpcode.Heartbeat, 251)));
        var first = Encoding.UTF8.GetString(GatewayJson.Serialize(new GatewayCommand<long?>(GatewayOpcode.Heartbeat, null)));

        Assert.True(JsonElement.DeepEquals(
            JsonDocument.Parse(Support.GatewayFixtures.Read("discord_gateway_op1_heartbeat.json")).RootElement,
            JsonDocument.Parse(beat).RootElement));
        Assert.Equal("""{"op":1,"d":null}""", first);
    }

    private static GatewayPayload Parse(string name) => GatewayJson.Parse(Encoding.UTF8.GetBytes(Support.GatewayFixtures.Read(name)));
}
