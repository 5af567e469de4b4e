using WatchBot.Discord.Tests.Gateway.Support;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class GatewayLogTests
{
    [Fact]
    public async Task Logs_StayInTheGatewayRange_AndNeverShowTokenOrPayloads()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);
        h.Handler.ThrowFor["SECRET-INTERACTION"] = true;

        await h.Emulator.DispatchInteractionAsync("""{"id":"SECRET-INTERACTION","type":2,"data":{"name":"SECRET-TEXT"}}""");
        await h.Emulator.SendRawAsync("""{"op":0,"t":"READY","s":9,"d":"SECRET-MALFORMED"}""");
        await h.Emulator.SendReconnectAsync();
        await h.WaitSessionsAsync(2);
        await h.Emulator.SendInvalidSessionAsync(resumable: false);
        await h.AdvanceUntilAsync(() => h.Emulator.Identifies == 2, TimeSpan.FromSeconds(1));
        await h.WaitSessionsAsync(3);
        await h.StopAsync();

        var entries = h.Logger.Entries;
        Assert.Contains(entries, e => e.Id == 4312);
        Assert.Contains(entries, e => e.Id == 4317);
        Assert.All(entries, e => Assert.InRange(e.Id, 4300, 4499));
        Assert.DoesNotContain(entries, e => e.Message.Contains("SECRET", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Exception?.Message.Contains("SECRET", StringComparison.Ordinal) == true);
    }
}
