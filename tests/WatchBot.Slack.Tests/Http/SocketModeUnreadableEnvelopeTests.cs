using System.Text;
using WatchBot.Emulators.Slack;
using WatchBot.Emulators.Slack.SocketMode;

namespace WatchBot.Slack.Tests.Http;

/// <summary>
/// An envelope holding a lone surrogate escape (in a field of its payload, or in a property name
/// of the envelope itself, which used to end the receive loop) is acknowledged, so Slack does not
/// redeliver it, and not acted on; the connection stays up and the next command is answered on it.
/// </summary>
public sealed class SocketModeUnreadableEnvelopeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData("\"user_id\":\"UPLACEHOLDER\"", "\"user_id\":\"\\ud800\"")]
    [InlineData("\"envelope_id\":", "\"\\udfff\":1,\"envelope_id\":")]
    public async Task EnvelopeWithALoneSurrogate_IsAcked_AndTheSocketStaysUp(string find, string replace)
    {
        await using var slack = await SlackApiEmulator.StartAsync();
        await using var socket = await SlackSocketModeServer.StartAsync();
        slack.ExpectedBotToken = "xoxb-test";
        slack.ExpectedAppToken = "xapp-test";
        slack.SocketModeUrlFactory = socket.NewConnectionUrl;
        var folder = Directory.CreateTempSubdirectory("watchbot-slack-unreadable-").FullName;
        using var host = WatchBotHost.Create(
        [
            "--Slack:BotToken=xoxb-test",
            "--Slack:AppToken=xapp-test",
            "--Slack:ApiBaseUrl=" + slack.ApiBaseUrl,
            "--Shell:Enabled=false",
            "--Storage:SqlitePath=" + Path.Combine(folder, "w.db"),
            "--Scheduling:SqlitePath=" + Path.Combine(folder, "q.db"),
        ]);
        await host.StartAsync();
        try
        {
            await socket.WaitUntilAsync(s => s.OpenConnectionCount > 0, Patience);
            var bad = SocketModeFrames.SlashCommand("start title:\"Heat\" in:10m", userId: "UPLACEHOLDER", envelopeId: "bad-envelope");
            var frame = bad.ToJsonString();
            Assert.Contains(find, frame, StringComparison.Ordinal);
            await socket.SendRawFrameAsync(Encoding.UTF8.GetBytes(frame.Replace(find, replace, StringComparison.Ordinal)));
            await socket.WaitForAckAsync("bad-envelope", Patience);

            var status = SocketModeFrames.SlashCommand("status");
            status["payload"]!["trigger_id"] = "after-the-bad-one";
            var ack = await socket.WaitForAckAsync(await socket.SendEnvelopeAsync(status), Patience);

            Assert.Contains("No session", (string?)ack.Payload!["text"], StringComparison.Ordinal);
            Assert.Equal(1, socket.ConnectionCount);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
