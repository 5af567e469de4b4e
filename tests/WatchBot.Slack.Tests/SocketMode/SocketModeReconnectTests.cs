using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using WatchBot.Emulators.Slack.SocketMode;
using WatchBot.Platform.Sockets;
using WatchBot.Slack.SocketMode;
using WatchBot.Testing;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>Every way a connection ends, against the emulator: a new URL each time, or a clean stop.</summary>
public sealed class SocketModeReconnectTests
{
    private static readonly TimeSpan Wait = SocketModeHarness.Wait;

    [Theory]
    [InlineData(SocketModeDisconnectReasons.Warning)]
    [InlineData(SocketModeDisconnectReasons.RefreshRequested)]
    public async Task PlannedDisconnect_OpensANewUrlBeforeClosingTheOld(string reason)
    {
        await using var h = await SocketModeHarness.StartConnectedAsync();

        await h.Server.SendDisconnectAsync(reason);
        await h.Server.WaitUntilAsync(s => s.ConnectionCount == 2 && s.OpenConnectionCount == 1, Wait);

        Assert.Equal(2, h.Urls.Calls);
        Assert.Equal(2, h.Urls.Issued.Distinct().Count());
        Assert.Equal(0, h.Server.RejectedConnectionCount);
        Assert.Equal(2, h.Server.PeakOpenConnectionCount);
        var id = await h.Server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("status"));
        Assert.Equal(2, (await h.Server.WaitForAckAsync(id, Wait)).ConnectionNumber);
    }

    [Fact]
    public async Task PlannedDisconnect_EnvelopesStillArrivingOnTheOldConnection_AreAcked()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync(configure: o => o.ReconnectDelayMin = o.ReconnectDelayMax = TimeSpan.FromSeconds(30));

        await h.Server.SendDisconnectAsync(SocketModeDisconnectReasons.Warning);
        var id = await h.Server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("status"));

        Assert.Equal(1, (await h.Server.WaitForAckAsync(id, Wait)).ConnectionNumber);
    }

    [Fact]
    public async Task PlannedDisconnect_LeavesTheOldConnectionOnlyAfterItsInFlightAck()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync(configure: o =>
        {
            o.CloseTimeout = TimeSpan.FromSeconds(10);
            o.HandlerBudget = TimeSpan.FromMilliseconds(2750);
        });
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<JsonObject?>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Handler.Answer = (_, _) =>
        {
            entered.TrySetResult();
            return release.Task;
        };
        var id = await h.Server.SendEnvelopeAsync(SocketModeFrames.SlashCommand("start"));
        await entered.Task.WaitAsync(Wait);

        await h.Server.SendDisconnectAsync(SocketModeDisconnectReasons.RefreshRequested);
        await h.Server.WaitUntilAsync(s => s.ConnectionCount == 2, Wait);
        await h.WaitForStatusAsync(SocketStatus.Connected);
        Assert.Equal(2, h.Server.OpenConnectionCount);
        release.SetResult(new JsonObject { ["text"] = "Started." });

        var ack = await h.Server.WaitForAckAsync(id, Wait);
        Assert.Equal(1, ack.ConnectionNumber);
        Assert.Equal("Started.", ack.Payload!["text"]!.GetValue<string>());
        await h.Server.WaitUntilAsync(s => s.OpenConnectionCount == 1, Wait);
    }

    [Fact]
    public async Task TooManyWebsockets_ClosesTheOldFirst_ThenReconnectsWithANewUrl()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync();

        await h.Server.SendDisconnectAsync(SocketModeDisconnectReasons.TooManyWebsockets);
        await h.Server.WaitUntilAsync(s => s.ConnectionCount == 2 && s.OpenConnectionCount == 1, Wait);
        await h.WaitForStatusAsync(SocketStatus.Connected);

        Assert.Equal(2, h.Urls.Calls);
        Assert.Equal(1, h.Server.PeakOpenConnectionCount);
        Assert.Equal(0, h.Server.RejectedConnectionCount);
    }

    [Fact]
    public async Task DroppedSocket_ReconnectsWithANewUrl_AndKeepsHandling()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync();

        h.Server.DropNewest();
        await h.Server.WaitUntilAsync(s => s.ConnectionCount == 2 && s.OpenConnectionCount == 1, Wait);
        var id = await h.Server.SendEnvelopeAsync(SocketModeFrames.BlockAction("watch_ready", "s-1"));

        Assert.Equal(2, (await h.Server.WaitForAckAsync(id, Wait)).ConnectionNumber);
        Assert.Equal(2, h.Urls.Calls);
        Assert.Contains(h.Logs.Lines, l => l.EventId == 5306);
    }

    [Fact]
    public async Task ServerClosingWithoutAReason_CountsAsDropped_AndReconnects()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync();

        await h.Server.CloseNewestAsync();
        await h.Server.WaitUntilAsync(s => s.ConnectionCount == 2 && s.OpenConnectionCount == 1, Wait);

        Assert.Equal(2, h.Urls.Calls);
    }

    [Fact]
    public async Task DebugReconnects_IsAppendedToTheUrl()
    {
        await using var h = await SocketModeHarness.StartConnectedAsync(configure: o => o.DebugReconnects = true);

        var query = Assert.Single(h.Server.ConnectionQueries);
        Assert.Contains("ticket=", query, StringComparison.Ordinal);
        Assert.EndsWith("&debug_reconnects=true", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkDisabled_StopsWithOneClearLine_AndNeverTriesAgain()
    {
        var clock = new FakeTimeProvider(TestTime.Start);
        await using var h = await SocketModeHarness.StartConnectedAsync(clock);

        await h.Server.SendDisconnectAsync(SocketModeDisconnectReasons.LinkDisabled);
        await h.Running.WaitAsync(Wait);
        clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(SocketStatus.Stopped, h.Client.Status);
        Assert.Equal(1, h.Urls.Calls);
        Assert.Equal(1, h.Server.ConnectionCount);
        await h.Server.WaitUntilAsync(s => s.OpenConnectionCount == 0, Wait);
        var line = Assert.Single(h.Logs.Lines, l => l.Level >= LogLevel.Error);
        Assert.Equal(5307, line.EventId);
        Assert.Contains("link_disabled", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingHello_TimesOut_AndReconnectsWithANewUrlAfterBackoff()
    {
        var clock = new FakeTimeProvider(TestTime.Start);
        await using var h = await SocketModeHarness.CreateAsync(clock);
        h.Server.SendHello = false;
        h.Start();
        await h.Server.WaitUntilAsync(s => s.ConnectionCount == 1, Wait);
        h.Server.SendHello = true;

        await AdvanceUntilAsync(clock, () => h.Client.Status == SocketStatus.Connected && h.Server.ConnectionCount == 2);

        Assert.Equal(2, h.Urls.Calls);
        Assert.Contains(h.Logs.Lines, l => l.EventId == 5304);
    }

    [Fact]
    public async Task FailingUrlSource_BacksOffWithinBounds_AndTheAppTokenIsNeverLogged()
    {
        var clock = new FakeTimeProvider(TestTime.Start);
        await using var h = await SocketModeHarness.CreateAsync(clock, o =>
        {
            o.ReconnectDelayMin = TimeSpan.FromSeconds(1);
            o.ReconnectDelayMax = TimeSpan.FromSeconds(4);
        });
        h.Urls.FailFirst = 4;
        h.Start();

        await AdvanceUntilAsync(clock, () => h.Client.Status == SocketStatus.Connected);

        Assert.Equal(5, h.Urls.Calls);
        var delays = h.Logs.Lines.Where(l => l.EventId == 5302).Select(l => DelayOf(l.Values)).ToList();
        Assert.Equal([1, 1.5, 3, 3], delays.Select(d => d.TotalSeconds));
        var logs = h.Logs.AllText;
        Assert.DoesNotContain("SECRET", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("xapp-", logs, StringComparison.Ordinal);
        Assert.All(h.Urls.Issued, url => Assert.DoesNotContain(url.Query.Split("ticket=")[1].Split('&')[0], logs, StringComparison.Ordinal));
    }

    private static TimeSpan DelayOf(string values) =>
        TimeSpan.Parse(values.Split(';').Single(v => v.StartsWith("Delay=", StringComparison.Ordinal))["Delay=".Length..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Moves the manual clock in small steps until the condition holds (bounded in real time).</summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<bool> condition)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(Wait.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (!condition())
        {
            Assert.True(TimeProvider.System.GetTimestamp() < deadline, "condition not reached while advancing the clock");
            clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
        }
    }
}
