using System.Text;
using System.Text.Json.Nodes;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>Every published Socket Mode sample parses with our models, to the values it carries.</summary>
public sealed class SocketModeFixtureTests
{
    public static TheoryData<string> AllNames() => [.. SocketModeFixtures.Names];

    [Fact]
    public void FixtureFolder_HoldsTheSocketModeSamples() =>
        Assert.True(SocketModeFixtures.Names.Count >= 13, $"only {SocketModeFixtures.Names.Count} fixtures in {SocketModeFixtures.Folder}");

    [Theory]
    [MemberData(nameof(AllNames))]
    public void EveryFixture_Parses(string name)
    {
        var json = SocketModeFixtures.Read(name);
        if (name.StartsWith("slack_socket_mode_ack_", StringComparison.Ordinal))
        {
            var ack = SocketModeAck.Parse(json);
            Assert.NotNull(ack);
            Assert.Equal("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545", ack.EnvelopeId);
            // Written back and read again, the ack is the same JSON.
            var again = SocketModeAck.Parse(Encoding.UTF8.GetString(ack.ToUtf8Json()));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(ack.ToUtf8Json())));
            Assert.Equal(ack.EnvelopeId, again!.EnvelopeId);
            return;
        }

        var message = SocketModeMessageParser.Parse(json);
        switch (message)
        {
            case SocketModeHello hello:
                Assert.StartsWith("slack_socket_mode_hello", name, StringComparison.Ordinal);
                Assert.Equal(1, hello.NumConnections);
                Assert.Equal("A111", hello.AppId);
                Assert.Equal(18060, hello.ApproximateConnectionTimeSeconds);
                break;
            case SocketModeDisconnect disconnect:
                Assert.StartsWith("slack_socket_mode_disconnect_", name, StringComparison.Ordinal);
                Assert.Contains(disconnect.Reason, name, StringComparison.Ordinal);
                break;
            case SocketModeEnvelope envelope:
                Assert.StartsWith("slack_socket_mode_envelope_" + envelope.EnvelopeType, name, StringComparison.Ordinal);
                Assert.True(envelope.IsHandled);
                Assert.False(string.IsNullOrEmpty(envelope.EnvelopeId));
                Assert.Equal(System.Text.Json.JsonValueKind.Object, envelope.Payload.ValueKind);
                Assert.Equal(envelope.EnvelopeType == SocketModeEnvelope.SlashCommands, envelope.AcceptsResponsePayload);
                Assert.Equal(0, envelope.RetryAttempt);
                Assert.Null(envelope.RetryReason);
                break;
            default:
                Assert.Fail($"{name} parsed as {message?.GetType().Name ?? "nothing"}");
                break;
        }
    }

    [Fact]
    public void SlashCommandEnvelope_CarriesTheCommandPayload()
    {
        var envelope = Assert.IsType<SocketModeEnvelope>(SocketModeMessageParser.Parse(SocketModeFixtures.Read("slack_socket_mode_envelope_slash_commands.json")));
        Assert.Equal("xxx-11-222-yyy-zzz", envelope.EnvelopeId);
        Assert.Equal("/hi-socket-mode", envelope.Payload.GetProperty("command").GetString());
        Assert.Equal("C111", envelope.Payload.GetProperty("channel_id").GetString());
    }

    [Fact]
    public void TooManyWebsockets_IsADisconnect()
    {
        var disconnect = Assert.IsType<SocketModeDisconnect>(SocketModeMessageParser.Parse(SocketModeFixtures.Read("slack_socket_mode_disconnect_too_many_websockets_minified.json")));
        Assert.Equal(SocketModeDisconnectReasons.TooManyWebsockets, disconnect.Reason);
        Assert.Equal("applink-111-xxx", disconnect.DebugHost);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"no_type\":true}")]
    [InlineData("{\"type\":\"slash_commands\",\"envelope_id\":42}")]
    public void MalformedFrames_ParseToNull(string frame) => Assert.Null(SocketModeMessageParser.Parse(frame));

    [Fact]
    public void UnknownType_IsKeptAsUnknown() =>
        Assert.Equal("goodbye", Assert.IsType<SocketModeUnknownMessage>(SocketModeMessageParser.Parse("{\"type\":\"goodbye\"}")).UnknownType);
}
