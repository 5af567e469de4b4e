using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Rendering;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>A whole session over the gateway transport: dispatches in, callbacks and messages out through REST.</summary>
public sealed class GatewayTransportSessionTests : IAsyncLifetime
{
    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartGatewayAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task WatchStart_RunsToGo_Pauses_Resumes_AndEnds()
    {
        var start = DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Heat", ["in"] = "1s" });
        await _bot.Gateway!.DispatchInteractionAsync(start.ToJsonString());

        var callback = await _bot.WaitForCallAsync(c => c.Path == $"/interactions/{start["id"]}/{start["token"]}/callback");
        Assert.Equal(4, callback.Json!["type"]!.GetValue<int>());
        Assert.Equal(64, callback.Json!["data"]!["flags"]!.GetValue<int>());
        var sessionMessage = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("<t:", StringComparison.Ordinal));
        await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("GO!", StringComparison.Ordinal));

        var pause = (sessionMessage.Json!["components"] as JsonArray)!
            .SelectMany(r => r!["components"]!.AsArray()).Select(b => b!["custom_id"]!.GetValue<string>())
            .First(id => id.StartsWith("watch:pause:", StringComparison.Ordinal));
        await _bot.Gateway.DispatchInteractionAsync(DiscordInteractions.Click(pause).ToJsonString());
        await _bot.WaitForCallAsync(c => c.Method == "PATCH" && c.Content.Contains("is paused at", StringComparison.Ordinal));

        await _bot.Gateway.DispatchInteractionAsync(DiscordInteractions.Watch("resume", new Dictionary<string, string> { ["in"] = "1s" }).ToJsonString());
        await Within.AsyncUntil(() => _bot.Api.Calls.Count(c => c.Content.Contains("GO!", StringComparison.Ordinal)), n => n >= 2);

        await _bot.Gateway.DispatchInteractionAsync(DiscordInteractions.Watch("end").ToJsonString());
        await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("ended", StringComparison.Ordinal));

        Assert.All(_bot.Api.Calls.Where(c => c.IsMessageWrite), c => ViewPayloadTests.AssertSafe(c.Json!));
    }

    [Fact]
    public async Task MalformedInteraction_DoesNotStopTheGateway()
    {
        await _bot.Gateway!.DispatchInteractionAsync("""{"type":"nonsense"}""");
        var status = DiscordInteractions.Watch("status");
        await _bot.Gateway.DispatchInteractionAsync(status.ToJsonString());

        var callback = await _bot.WaitForCallAsync(c => c.Path == $"/interactions/{status["id"]}/{status["token"]}/callback");
        Assert.Contains("No session", callback.Json!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
