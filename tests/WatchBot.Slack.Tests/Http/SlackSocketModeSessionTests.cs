using System.Text.Json.Nodes;
using WatchBot.Emulators.Slack;
using WatchBot.Emulators.Slack.SocketMode;

namespace WatchBot.Slack.Tests.Http;

/// <summary>A whole session over Socket Mode: the real host, the emulated Web API and Socket Mode server.</summary>
public sealed class SlackSocketModeSessionTests
{
    private const string Team = "T111";
    private const string Channel = "C111";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task StartedSession_OverSocketMode_RunsToGo_Pauses_Resumes_AndEnds()
    {
        await using var slack = await SlackApiEmulator.StartAsync();
        await using var socket = await SlackSocketModeServer.StartAsync();
        slack.ExpectedBotToken = "xoxb-test";
        slack.ExpectedAppToken = "xapp-test";
        slack.SocketModeUrlFactory = socket.NewConnectionUrl;
        var folder = Directory.CreateTempSubdirectory("watchbot-slack-socket-").FullName;
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

            var help = await socket.WaitForAckAsync(await socket.SendEnvelopeAsync(Command("help")), Patience);
            Assert.Equal("ephemeral", (string?)help.Payload!["response_type"]);

            await socket.WaitForAckAsync(await socket.SendEnvelopeAsync(Command("start title:\"Socket Night\" in:3s")), Patience);
            await slack.WaitForAsync(c => c.Any(x => x.Body["blocks"] is not null), Patience);
            var sessionId = SessionId(slack);
            await slack.WaitForAsync(c => c.Any(IsGo), Patience);

            var pause = SocketModeFrames.BlockAction("watch_pause", sessionId, userId: "UHOST", teamId: Team, channelId: Channel);
            pause["payload"]!["actions"]![0]!["action_ts"] = "1700000000.000001";
            await socket.WaitForAckAsync(await socket.SendEnvelopeAsync(pause), Patience);
            await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.update" && x.Text!.Contains("is paused", StringComparison.Ordinal)), Patience);

            await socket.WaitForAckAsync(await socket.SendEnvelopeAsync(Command("resume in:3s")), Patience);
            await slack.WaitForAsync(c => c.Count(IsGo) == 2, Patience);

            await socket.WaitForAckAsync(await socket.SendEnvelopeAsync(Command("end")), Patience);
            var calls = await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text!.Contains("ended", StringComparison.Ordinal)), Patience);

            Assert.Equal("xapp-test", slack.CallsOf("apps.connections.open").First().Token);
            Assert.All(calls.Where(c => c.Method.StartsWith("chat.", StringComparison.Ordinal)), c => Assert.Equal("xoxb-test", c.Token));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static JsonObject Command(string text)
    {
        var envelope = SocketModeFrames.SlashCommand(text, teamId: Team, channelId: Channel, userId: "UHOST");

        // Slack gives every invocation its own trigger_id; the frame builder reuses one.
        envelope["payload"]!["trigger_id"] = Guid.NewGuid().ToString("N");
        return envelope;
    }

    private static string SessionId(SlackApiEmulator slack) =>
        slack.Calls.Last(c => c.Body["blocks"] is not null).Body["blocks"]!.AsArray().OfType<JsonObject>()
            .First(b => (string?)b["type"] == "actions")["elements"]![0]!["value"]!.GetValue<string>();

    private static bool IsGo(SlackApiCall call) =>
        call.Method == "chat.postMessage" && call.Text?.Contains("GO!", StringComparison.Ordinal) == true;
}
