using Microsoft.Extensions.Logging;
using WatchBot.Discord.Tests.Gateway.Support;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class FatalCloseTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsWithOneClearLine_AndNeverRetries(int code)
    {
        await using var h = await GatewayHarness.StartAsync(setup: e => e.RejectIdentifyWithCloseCode = code);

        var stopped = await h.Run!.WaitAsync(GatewayHarness.Wait);

        Assert.Equal(code, stopped.FatalCloseCode);
        var line = Assert.Single(h.Logger.Entries, e => e.Level == LogLevel.Critical);
        Assert.Equal(4310, line.Id);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Message, StringComparison.Ordinal);
        Assert.Contains("Not retrying", line.Message, StringComparison.Ordinal);
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, h.Emulator.Connections);
        Assert.Equal(1, h.Emulator.Identifies);
        Assert.DoesNotContain(h.Logger.Entries, e => e.Message.Contains(GatewayHarness.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FatalCloseOnOneShard_StopsEveryShard()
    {
        await using var h = await GatewayHarness.StartAsync(shards: 2, maxConcurrency: 2);
        await h.WaitSessionsAsync(2);

        await h.Emulator.CloseAsync(4014, shardId: 1);

        var stopped = await h.Run!.WaitAsync(GatewayHarness.Wait);
        Assert.Equal(4014, stopped.FatalCloseCode);
        await h.WaitForAsync(() => h.Emulator.OpenConnections == 0);
        Assert.Equal(2, h.Emulator.Connections);
    }
}
