using WatchBot.Discord.Tests.Gateway.Support;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class ReconnectTests
{
    [Fact]
    public async Task Op7Reconnect_ResumesThroughResumeGatewayUrl_WithTheLastSequence()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);
        var seq = await h.BarrierAsync();

        await h.Emulator.SendReconnectAsync();

        await h.WaitSessionsAsync(2);
        var close = Assert.Single(h.Emulator.ClientCloses);
        Assert.NotEqual(1000, close.Code);
        Assert.NotEqual(1001, close.Code);
        var resume = Assert.Single(h.Sent(6));
        Assert.Equal(seq, resume.GetProperty("seq").GetInt64());
        Assert.Equal(h.Sent(2)[0].GetProperty("token").GetString(), resume.GetProperty("token").GetString());
        Assert.Equal("/resume?v=10&encoding=json", h.Emulator.ConnectionPaths[1]);
        Assert.Equal(1, h.Emulator.Identifies);
        await h.BarrierAsync();
    }

    [Fact]
    public async Task InvalidSessionTrue_Resumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);
        var seq = await h.BarrierAsync();

        await h.Emulator.SendInvalidSessionAsync(resumable: true);

        await h.WaitForAsync(() => h.Emulator.Resumes == 1);
        Assert.Equal(seq, h.Sent(6)[0].GetProperty("seq").GetInt64());
        Assert.Equal(1, h.Emulator.Identifies);
    }

    [Fact]
    public async Task InvalidSessionFalse_ReidentifiesOnTheCachedUrl_InItsIdentifySlot()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);

        await h.Emulator.SendInvalidSessionAsync(resumable: false);
        await h.WaitForAsync(() => h.Emulator.Connections == 2);
        await h.AdvanceUntilAsync(() => h.Emulator.Identifies == 2, TimeSpan.FromSeconds(1));

        Assert.Equal(0, h.Emulator.Resumes);
        Assert.Equal("/?v=10&encoding=json", h.Emulator.ConnectionPaths[1]);
        Assert.Equal(1, h.Source.Calls);
        await h.WaitSessionsAsync(2);
        await h.BarrierAsync();
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4008, true)]
    [InlineData(1001, true)]
    [InlineData(4007, false)]
    [InlineData(4009, false)]
    public async Task RetryableCloseCodes_Reconnect(int code, bool resumes)
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);

        await h.Emulator.CloseAsync(code);
        await h.AdvanceUntilAsync(() => h.Emulator.Resumes + h.Emulator.Identifies == 2, TimeSpan.FromSeconds(1));

        Assert.Equal(resumes ? 1 : 0, h.Emulator.Resumes);
        Assert.Equal(resumes ? 1 : 2, h.Emulator.Identifies);
        Assert.Contains(h.Logger.Entries, e => e.Id == 4308 && e.Message.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        await h.WaitSessionsAsync(2);
    }

    [Fact]
    public async Task DroppedSocket_Resumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);
        var seq = await h.BarrierAsync();

        h.Emulator.Drop();

        await h.WaitForAsync(() => h.Emulator.Resumes == 1);
        Assert.Equal(seq, h.Sent(6)[0].GetProperty("seq").GetInt64());
        Assert.Contains(h.Logger.Entries, e => e.Id == 4309);
    }

    [Fact]
    public async Task Stop_ClosesNormally_AndReportsNoFatalCode()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.WaitSessionsAsync(1);

        var stopped = await h.StopAsync();

        Assert.Null(stopped.FatalCloseCode);
        await h.WaitForAsync(() => h.Emulator.ClientCloses.Count == 1);
        Assert.Equal(1000, h.Emulator.ClientCloses[0].Code);
        Assert.Equal(1, h.Emulator.Connections);
    }
}
