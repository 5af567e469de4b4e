using System.Text.Json;
using WatchBot.Discord.Tests.Gateway.Support;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class InteractionDispatchTests
{
    [Fact]
    public async Task InteractionCreate_ReachesTheHandler_AsDiscordSentIt()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);
        var fixture = GatewayFixtures.Read("discord_interaction_slash_command_string_option.json");

        await h.Emulator.DispatchInteractionAsync(fixture);

        await h.WaitForAsync(() => h.Handler.Received.Count == 1);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(fixture).RootElement, h.Handler.Received[0]));
    }

    [Fact]
    public async Task OtherDispatches_DoNotReachTheHandler()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);

        await h.Emulator.DispatchAsync("MESSAGE_CREATE", """{"id":"m1"}""");
        await h.BarrierAsync();

        Assert.DoesNotContain(h.Handler.Received, r => r.GetProperty("id").GetString() == "m1");
        Assert.Single(h.Handler.Received);
    }

    [Fact]
    public async Task ThrowingHandler_IsLogged_AndTheLoopCarriesOn()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);
        h.Handler.ThrowFor["boom"] = true;

        await h.Emulator.DispatchInteractionAsync("""{"id":"boom","type":2}""");
        await h.WaitForAsync(() => h.Logger.Entries.Any(e => e.Id == 4312));
        await h.BarrierAsync();
        await h.Emulator.RequestHeartbeatAsync();

        await h.WaitForAsync(() => h.Emulator.Heartbeats == 1);
        Assert.Equal(1, h.Emulator.Connections);
        Assert.IsType<InvalidOperationException>(h.Logger.Entries.First(e => e.Id == 4312).Exception);
    }

    [Fact]
    public async Task SlowHandler_DoesNotHoldUpHeartbeatsOrLaterInteractions()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Handler.Gate = release;

        await h.Emulator.DispatchInteractionAsync("""{"id":"slow","type":2}""");
        await h.Emulator.RequestHeartbeatAsync();
        await h.WaitForAsync(() => h.Emulator.Heartbeats == 1);
        await h.Emulator.DispatchInteractionAsync("""{"id":"next","type":2}""");
        await h.WaitForAsync(() => h.Handler.Received.Count == 2);

        release.SetResult();
        Assert.Equal(1, h.Emulator.Connections);
    }

    [Fact]
    public async Task MalformedFrame_IsIgnored_TheConnectionSurvives()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);

        await h.Emulator.SendRawAsync("{not json");
        await h.BarrierAsync();

        Assert.Contains(h.Logger.Entries, e => e.Id == 4317);
        Assert.Equal(1, h.Emulator.Connections);
    }
}
