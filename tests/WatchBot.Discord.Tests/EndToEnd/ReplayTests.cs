using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// An interaction sent again (the same signed request within the 5-minute window, or a dispatch
/// delivered twice) acts once. Over HTTP the replay is answered "already handled" and changes
/// nothing; over the gateway it is dropped (its token was answered already).
/// </summary>
public sealed class ReplayTests
{
    [Fact]
    public async Task ReplayedPause_OverHttp_IsAnsweredAlreadyHandled_ChangesNothing_AndPostsNothing()
    {
        await using var bot = await DiscordHttpHarness.StartAsync();
        await bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Heat", ["in"] = "1s" }));
        await bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("GO!", StringComparison.Ordinal));

        var pause = DiscordInteractions.Watch("pause").ToJsonString();
        var signedAt = TimeProvider.System.GetUtcNow();
        var first = await SendSignedAsync(bot, pause, signedAt);
        // Both effects of the pause (the session message edited, the notice posted) have arrived.
        await bot.WaitForCallAsync(c => c.Method == "PATCH" && c.Content.Contains("is paused at", StringComparison.Ordinal));
        await bot.WaitForCallAsync(c => c.Method == "POST" && c.Content.Contains("⏸ Paused at", StringComparison.Ordinal));
        var callsAfterFirst = Settled(bot);

        var replay = await SendSignedAsync(bot, pause, signedAt);
        var (_, status) = await bot.SendAsync(DiscordInteractions.Watch("status"));

        Assert.Contains("pause", DiscordHttpHarness.Content(first), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("already handled", DiscordHttpHarness.Content(replay), StringComparison.Ordinal);
        Assert.Contains("paused", DiscordHttpHarness.Content(status), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(callsAfterFirst, Settled(bot));
    }

    [Fact]
    public async Task InteractionDispatchedTwice_OverTheGateway_IsAnsweredOnce()
    {
        await using var bot = await DiscordHttpHarness.StartGatewayAsync();
        var start = DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Heat", ["in"] = "10m" });
        var callback = $"/interactions/{start["id"]}/{start["token"]}/callback";

        await bot.Gateway!.DispatchInteractionAsync(start.ToJsonString());
        await bot.Gateway.DispatchInteractionAsync(start.ToJsonString());
        await bot.WaitForCallAsync(c => c.Path == callback);
        await bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("Heat", StringComparison.Ordinal));

        // Dispatches are handled concurrently: a later one answered means the two before it were handed over.
        var status = DiscordInteractions.Watch("status");
        await bot.Gateway.DispatchInteractionAsync(status.ToJsonString());
        await bot.WaitForCallAsync(c => c.Path == $"/interactions/{status["id"]}/{status["token"]}/callback");

        Assert.Single(bot.Api.Calls, c => c.Path == callback);
        Assert.Single(bot.Api.Calls, c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("Heat", StringComparison.Ordinal));
    }

    /// <summary>Calls that change something in Discord (everything but the start-up command registration).</summary>
    private static int Settled(DiscordHttpHarness bot) => bot.Api.Calls.Count(c => c.Method != "PUT");

    private static async Task<JsonNode?> SendSignedAsync(DiscordHttpHarness bot, string body, DateTimeOffset at)
    {
        using var http = new HttpClient();
        using var request = DiscordInteractionSender.SignedRequest(bot.Endpoint, bot.Signer, body, at);
        using var response = await http.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }
}
