using System.Text.Json.Nodes;
using WatchBot.Emulators.Fuzz;
using WatchBot.Emulators.Slack;
using WatchBot.Emulators.Slack.SocketMode;

namespace WatchBot.Slack.Tests.Fuzz;

/// <summary>
/// 10,000 mutated envelopes (fixtures and the emulator's frames) through the Socket Mode emulator:
/// the bot never drops or reopens the connection, nothing is logged as an error, and a valid
/// <c>/watch status</c> sent afterwards is acknowledged with its answer. Text frames must be UTF-8,
/// so invalid-byte mutations become U+FFFD here; lone surrogate escapes go through as they are.
/// </summary>
public sealed class SocketModeFuzzTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task MutatedEnvelopes_KeepTheSocketConnected_AndTheBotStillAnswers()
    {
        await using var slack = await SlackApiEmulator.StartAsync();
        await using var socket = await SlackSocketModeServer.StartAsync();
        slack.ExpectedBotToken = "xoxb-test";
        slack.ExpectedAppToken = "xapp-test";
        slack.SocketModeUrlFactory = socket.NewConnectionUrl;
        var folder = Directory.CreateTempSubdirectory("watchbot-slack-fuzz-").FullName;
        var logs = new LogCapture();
        using var host = WatchBotHost.Create(
        [
            "--Slack:BotToken=xoxb-test",
            "--Slack:AppToken=xapp-test",
            "--Slack:ApiBaseUrl=" + slack.ApiBaseUrl,
            "--Shell:Enabled=false",
            "--Storage:SqlitePath=" + Path.Combine(folder, "w.db"),
            "--Scheduling:SqlitePath=" + Path.Combine(folder, "q.db"),
        ], SlackFuzz.CaptureLogs(logs));
        await host.StartAsync();
        try
        {
            await socket.WaitUntilAsync(s => s.OpenConnectionCount > 0, Patience);
            var seeds = SlackFuzz.EnvelopeSeeds();

            // One sender: frames keep their order on the socket, as Slack's do.
            await FuzzRun.RunAsync(SlackFuzz.JsonCases(seeds.Count), FuzzRun.Seed(20261133), SlackFuzz.Cases, parallel: 1,
                c => socket.SendRawFrameAsync(Frame(seeds, c)),
                c => SlackFuzz.Describe(Frame(seeds, c)));

            var status = SocketModeFrames.SlashCommand("status", channelId: SlackFuzz.QuietChannel);
            status["payload"]!["trigger_id"] = "fuzz.final";
            var ack = await socket.WaitForAckAsync(await socket.SendEnvelopeAsync(status), Patience);

            Assert.Equal("ephemeral", (string?)ack.Payload!["response_type"]);
            Assert.Equal((1, 1), (socket.ConnectionCount, socket.OpenConnectionCount));
            SlackFuzz.AssertNoErrors(logs);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>Each case gets a fresh envelope id (a repeated one is treated as a redelivery).</summary>
    private static byte[] Frame(IReadOnlyList<JsonObject> seeds, (int Seed, JsonMutation[] Mutations, int Spoil) c) =>
        SlackFuzz.Json(seeds, c, invalidUtf8: false, fresh: e => e["envelope_id"] = $"fuzz-{c.Seed}-{c.Spoil}-{c.Mutations.Length}-{c.Mutations[0].Where}");
}
