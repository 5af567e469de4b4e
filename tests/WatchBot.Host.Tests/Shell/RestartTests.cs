using System.Globalization;
using static WatchBot.Host.Tests.Shell.ShellProcess;

namespace WatchBot.Host.Tests.Shell;

/// <summary>The bot dies (SIGKILL) or stops, and comes back: sessions carry on from the store.</summary>
public sealed class RestartTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task KilledMidSession_StatusAfterRestartShowsTheRightPosition()
    {
        using var folder = new TempFolder();
        (DateTimeOffset At, string Line) go;
        await using (var first = Start(folder.Path))
        {
            await first.TypeAsync("/watch start title:\"The Matrix\" in:3s");
            go = await first.WaitForLineAsync("GO!", Generous);
            await first.TypeAsync("/watch react emoji:🔥");
            await first.WaitForLineAsync("🔥 at", Generous);
            first.KillHard();
        }

        await using var second = Start(folder.Path);
        await second.TypeAsync("/watch status");
        var status = await second.WaitForLineAsync("playing at", Generous);
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));

        var shown = PositionAfter(status.Line, "playing at");
        var elapsed = status.At - go.At;
        Assert.True((elapsed - shown).Duration() <= TimeSpan.FromSeconds(1), $"shown {shown}, elapsed {elapsed}");
        Assert.Contains("1 reaction", status.Line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledSession_WithTheBotRestartedBeforeItsTime_StartsOnTime()
    {
        using var folder = new TempFolder();

        // The countdown is posted 3 s ahead (not the default minute) so the test stays short.
        var shortLead = new Dictionary<string, string> { ["Sessions__ScheduledCountdownLead"] = "00:00:03" };
        await using (var first = Start(folder.Path, shortLead))
        {
            await first.TypeAsync("/watch schedule title:Alien at:\"in 8s\"");
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(Generous));
            await first.WaitForLineAsync("is scheduled for", TimeSpan.FromSeconds(1));
            Assert.DoesNotContain(first.Lines, l => l.Line.Contains("GO!", StringComparison.Ordinal));
        }

        await using var second = Start(folder.Path, shortLead);
        var countdown = await second.WaitForLineAsync("starts in", Generous);
        var go = await second.WaitForLineAsync("GO!", Generous);
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));

        // "starts in 3s" is rounded up, so GO must come between N-1 and N seconds later (plus timer latency).
        var announced = TimeSpan.FromSeconds(int.Parse(countdown.Line.Split("starts in ")[1].Split('s')[0], CultureInfo.InvariantCulture));
        var waited = go.At - countdown.At;
        Assert.True(waited > announced - TimeSpan.FromSeconds(1.5) && waited < announced + TimeSpan.FromSeconds(1), $"announced {announced}, GO after {waited}");
    }

    [Fact]
    public async Task ScheduledStartsThatPassedWhileDown_AreJoinedOrMarkedMissed()
    {
        using var folder = new TempFolder();

        // With no runtime, a start is joined for LateStartGrace: 2 s here, so Brazil is missed. The
        // countdowns would be posted 1 s ahead, by which time the first process has already gone.
        var quickGrace = new Dictionary<string, string>
        {
            ["Sessions__LateStartGrace"] = "00:00:02",
            ["Sessions__ScheduledCountdownLead"] = "00:00:01",

            // Two bookings a second apart: each holds the channel for a second, so neither overlaps.
            ["Sessions__AssumedRuntime"] = "00:00:01",
        };
        await using (var first = Start(folder.Path, quickGrace))
        {
            await first.TypeAsync(
                "/watch schedule title:Brazil at:\"in 5s\"",
                "/watch schedule title:Alien at:\"in 7s\" runtime:2h");
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(Generous));
        }

        await Task.Delay(TimeSpan.FromSeconds(10), TimeProvider.System); // the bot is down past both starts

        await using var second = Start(folder.Path, quickGrace);
        await second.WaitForLineAsync("\"Brazil\" was due at", Generous);
        var late = await second.WaitForLineAsync("\"Alien\" started", Generous);
        Assert.Matches(@"started \d+s ago — now at 0:00:\d\d", late.Line);
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));
    }
}
