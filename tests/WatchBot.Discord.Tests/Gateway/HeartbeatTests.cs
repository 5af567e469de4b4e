using WatchBot.Discord.Tests.Gateway.Support;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class HeartbeatTests
{
    private const int Interval = 40_000;

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.37)]
    [InlineData(0.999)]
    public async Task FirstHeartbeat_IsJitteredWithinTheInterval(double jitter)
    {
        await using var h = await GatewayHarness.StartAsync(jitter: jitter, setup: e => e.HeartbeatIntervalMs = Interval);
        await h.WaitSessionsAsync(1);
        var due = TimeSpan.FromMilliseconds(Interval * jitter);

        var hello = Assert.Single(h.Logger.Entries, e => e.Id == 4302);
        Assert.Contains($"first in {(long)due.TotalMilliseconds} ms", hello.Message, StringComparison.Ordinal);
        Assert.InRange(due, TimeSpan.Zero, TimeSpan.FromMilliseconds(Interval - 1));

        if (due > TimeSpan.FromMilliseconds(1))
        {
            h.Clock.Advance(due - TimeSpan.FromMilliseconds(1));
            await h.BarrierAsync();
            Assert.Equal(0, h.Emulator.Heartbeats);
            h.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        await h.WaitForAsync(() => h.Emulator.Heartbeats == 1);
    }

    [Fact]
    public async Task Heartbeats_CarryTheLastSequence()
    {
        await using var h = await GatewayHarness.StartAsync(jitter: 0.25, setup: e => e.HeartbeatIntervalMs = Interval);
        await h.WaitSessionsAsync(1);
        await h.Emulator.DispatchAsync("SOME_EVENT", "{}");
        var seq = await h.BarrierAsync();

        h.Clock.Advance(TimeSpan.FromMilliseconds(Interval * 0.25));
        await h.WaitForAsync(() => h.Sent(1).Count == 1);
        Assert.Equal(seq, h.Sent(1)[0].GetInt64());

        var later = await h.BarrierAsync();
        await h.AdvanceUntilAsync(() => h.Sent(1).Count == 2, TimeSpan.FromSeconds(1));
        Assert.Equal(later, h.Sent(1)[1].GetInt64());
        Assert.True(later > seq);
    }

    [Fact]
    public async Task ServerHeartbeatRequest_IsAnsweredAtOnce_WithoutTheClockMoving()
    {
        await using var h = await GatewayHarness.StartAsync(jitter: 0.9, setup: e => e.HeartbeatIntervalMs = Interval);
        await h.WaitSessionsAsync(1);
        var seq = await h.BarrierAsync();

        await h.Emulator.RequestHeartbeatAsync();

        await h.WaitForAsync(() => h.Sent(1).Count == 1);
        Assert.Equal(seq, h.Sent(1)[0].GetInt64());
    }

    [Fact]
    public async Task NoAckBetweenBeats_ClosesWithNon1000_AndResumesWithTheLastSequence()
    {
        await using var h = await GatewayHarness.StartAsync(jitter: 0.1, setup: e => e.HeartbeatIntervalMs = Interval);
        await h.WaitSessionsAsync(1);
        var seq = await h.BarrierAsync();
        h.Emulator.AckHeartbeats = false;

        h.Clock.Advance(TimeSpan.FromMilliseconds(Interval * 0.1));
        await h.WaitForAsync(() => h.Emulator.Heartbeats == 1);
        await h.AdvanceUntilAsync(() => h.Emulator.ClientCloses.Count == 1, TimeSpan.FromSeconds(5));

        var close = Assert.Single(h.Emulator.ClientCloses);
        Assert.NotNull(close.Code);
        Assert.NotEqual(1000, close.Code);
        Assert.NotEqual(1001, close.Code);
        Assert.Contains(h.Logger.Entries, e => e.Id == 4305);

        await h.WaitForAsync(() => h.Emulator.Resumes == 1);
        var resume = Assert.Single(h.Sent(6));
        Assert.Equal(seq, resume.GetProperty("seq").GetInt64());
        Assert.StartsWith("/resume?v=10&encoding=json", h.Emulator.ConnectionPaths[1], StringComparison.Ordinal);
        Assert.Equal(1, h.Emulator.Identifies);
    }
}
