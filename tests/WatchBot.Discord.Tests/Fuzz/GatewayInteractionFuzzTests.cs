using System.Text;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Emulators.Fuzz;

namespace WatchBot.Discord.Tests.Fuzz;

/// <summary>
/// 10,000 mutated INTERACTION_CREATE dispatches through the gateway emulator: the connection stays
/// up (no reconnect, resume or second identify), nothing is logged as an error, and a valid
/// <c>/watch status</c> sent afterwards is answered. WebSocket text frames must be UTF-8, so the
/// invalid-byte mutations become U+FFFD here; lone surrogate escapes go through as they are.
/// </summary>
public sealed class GatewayInteractionFuzzTests
{
    private const int Cases = 10_000;

    [Fact]
    public async Task MutatedDispatches_KeepTheGatewayConnected_AndTheBotStillAnswers()
    {
        var logs = new LogCapture();
        await using var bot = await DiscordHttpHarness.StartGatewayAsync(InteractionFuzz.CaptureLogs(logs));
        var gateway = bot.Gateway!;
        var seeds = InteractionFuzz.Seeds();

        // One sender: dispatches keep their order on the socket, as Discord's do.
        await FuzzRun.RunAsync(InteractionFuzz.Cases(seeds.Count), FuzzRun.Seed(20261201), Cases, parallel: 1, async c =>
        {
            var text = Encoding.UTF8.GetString(InteractionFuzz.Bytes(seeds, c, invalidUtf8: false));
            await gateway.DispatchRawAsync("INTERACTION_CREATE", text.Length == 0 ? "null" : text);
        }, c => InteractionFuzz.Describe(InteractionFuzz.Bytes(seeds, c, invalidUtf8: false)));

        var status = DiscordInteractions.Watch("status", channelId: InteractionFuzz.QuietChannel);
        await gateway.DispatchInteractionAsync(status.ToJsonString());
        var callback = await Within.AsyncUntil(
            () => bot.Api.Calls.FirstOrDefault(c => c.Path == $"/interactions/{status["id"]}/{status["token"]}/callback"),
            c => c is not null, TimeSpan.FromSeconds(60));

        Assert.Contains("No session", callback!.Json!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal((1, 1, 0), (gateway.Connections, gateway.Identifies, gateway.Resumes));
        InteractionFuzz.AssertNoErrors(logs);
    }
}
