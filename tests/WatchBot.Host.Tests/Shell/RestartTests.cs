using static WatchBot.Host.Tests.Shell.ShellProcess;

namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// The bot dies (SIGKILL) or stops, and comes back: sessions carry on from the store. The real binary
/// runs on the real clock, so these tests compare what the bot announces (its own stamps, the instants
/// it names) and wait on its output with generous limits; none of them needs the machine to be fast.
/// </summary>
public sealed class RestartTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task KilledMidSession_StatusAfterRestartShowsTheRightPosition()
    {
        using var folder = new TempFolder();
        (DateTimeOffset At, string Line) countdown, reaction;
        await using (var first = Start(folder.Path))
        {
            // Three seconds of playback before the kill, so a position lost in the restart shows.
            await first.TypeAsync("/watch start title:\"The Matrix\" in:3s");
            countdown = await first.WaitForLineAsync("press play at", Generous);
            await first.WaitForLineAsync("GO!", Generous);
            await first.TypeAsync("/wait 3s", "/watch react emoji:🔥");
            reaction = await first.WaitForLineAsync("🔥 at", Generous);
            first.KillHard();
        }

        await using var second = Start(folder.Path);
        await second.TypeAsync("/watch status");
        var status = await second.WaitForLineAsync("playing at", Generous);
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));

        var shown = PositionAfter(status.Line, "playing at");
        Assert.True(shown >= PositionAfter(reaction.Line, "🔥 at"), $"status {shown} is before the reaction: {reaction.Line}");
        AssertAgrees(Between(ClockAfter(countdown.Line, "press play at "), StampOf(status.Line)), shown);
        Assert.Contains("1 reaction", status.Line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledSession_WithTheBotRestartedBeforeItsTime_StartsOnTime()
    {
        // The scenario needs the first bot gone and the second up before the countdown is due. A machine
        // too loaded for that gets the scenario again with more room; the bot is judged on a run where it held.
        foreach (var ahead in new[] { 30, 90, 240 })
        {
            if (await RestartBeforeTheStartAsync(ahead))
            {
                return;
            }
        }

        Assert.Fail("The machine never restarted the bot in time, even with 4 minutes' room.");
    }

    [Fact]
    public async Task ScheduledStartsThatPassedWhileDown_AreJoinedOrMarkedMissed()
    {
        foreach (var ahead in new[] { 20, 60, 180 })
        {
            if (await DownPastTheStartsAsync(ahead))
            {
                return;
            }
        }

        Assert.Fail("The first bot never exited before its countdowns, even with 3 minutes' room.");
    }

    /// <returns>False when the machine was too slow for the scenario, so nothing was learnt about the bot.</returns>
    private static async Task<bool> RestartBeforeTheStartAsync(int secondsAhead)
    {
        using var folder = new TempFolder();

        // The countdown is posted 3 s ahead (not the default minute).
        var lead = TimeSpan.FromSeconds(3);
        var shortLead = new Dictionary<string, string> { ["Sessions__ScheduledCountdownLead"] = "00:00:03" };
        (DateTimeOffset At, string Line) scheduled;
        await using (var first = Start(folder.Path, shortLead))
        {
            await first.TypeAsync($"/watch schedule title:Alien at:\"in {secondsAhead}s\"");
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(Generous + TimeSpan.FromSeconds(secondsAhead)));
            scheduled = await first.WaitForLineAsync("is scheduled for", TimeSpan.FromSeconds(1));
            if (first.Lines.Any(l => l.Line.Contains(CountdownShown, StringComparison.Ordinal)))
            {
                return false; // still running when the countdown was due
            }
        }

        var booked = InstantAfter(scheduled.Line, "is scheduled for ").TimeOfDay;
        await using var second = Start(folder.Path, shortLead);
        await second.TypeAsync("/watch status");
        var firstWord = await second.WaitForLineAsync("\"Alien\"", Generous);
        if (firstWord.Line.Contains("started", StringComparison.Ordinal))
        {
            // Up only after the countdown was due: too slow, unless it said so before then (a bug).
            Assert.True(Between(booked - lead, StampOf(firstWord.Line)) < TimeSpan.FromHours(12), $"a late start announced early: {firstWord.Line}");
            return false;
        }

        // "starts in 3s", or "starts 1s ago" when a loaded machine printed it late: the instant it names is what counts.
        var countdown = await second.WaitForLineAsync(CountdownShown, Generous);
        var go = await second.WaitForLineAsync("GO!", Generous);
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));

        // The restarted bot names the booked instant (to the second; a target rounded up to a whole
        // second may name the next one) and says GO no earlier than that. How late a loaded machine
        // lets the timer fire is not this test's business.
        var pressPlayAt = ClockAfter(countdown.Line, "press play at ");
        Assert.InRange(Between(booked, pressPlayAt), TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.True(Between(pressPlayAt, StampOf(go.Line)) < TimeSpan.FromHours(12), $"GO said before {pressPlayAt}: {go.Line}");
        Assert.DoesNotContain(second.Lines, l => l.Line.Contains("started", StringComparison.Ordinal));
        return true;
    }

    /// <returns>False when the first bot was still up when a countdown was due, so nothing was learnt.</returns>
    private static async Task<bool> DownPastTheStartsAsync(int secondsAhead)
    {
        using var folder = new TempFolder();

        // With no runtime, a start is joined for LateStartGrace: 2 s here, so Brazil is missed; Alien
        // (runtime 2h) is joined, and announced as late once more than LateGoTolerance late. Countdowns
        // would be posted 1 s ahead.
        var quickGrace = new Dictionary<string, string>
        {
            ["Sessions__LateStartGrace"] = "00:00:02",
            ["Sessions__LateGoTolerance"] = "00:00:01",
            ["Sessions__ScheduledCountdownLead"] = "00:00:01",

            // Two bookings a second apart: each holds the channel for a second, so neither overlaps.
            ["Sessions__AssumedRuntime"] = "00:00:01",
        };
        DateTimeOffset brazil, alien;
        await using (var first = Start(folder.Path, quickGrace))
        {
            await first.TypeAsync(
                $"/watch schedule title:Brazil at:\"in {secondsAhead}s\"",
                $"/watch schedule title:Alien at:\"in {secondsAhead + 1}s\" runtime:2h");
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(Generous + TimeSpan.FromSeconds(secondsAhead)));
            brazil = InstantAfter((await first.WaitForLineAsync("\"Brazil\" is scheduled for", TimeSpan.FromSeconds(1))).Line, "is scheduled for ");
            alien = InstantAfter((await first.WaitForLineAsync("\"Alien\" is scheduled for", TimeSpan.FromSeconds(1))).Line, "is scheduled for ");
            if (first.Lines.Any(l => l.Line.Contains(CountdownShown, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        // The bot stays down until both starts are past their grace (instants are shown to the second,
        // hence the extra second). Nothing can be waited on while it is down but the clock itself.
        var back = Later(brazil + TimeSpan.FromSeconds(2), alien + TimeSpan.FromSeconds(1)) + TimeSpan.FromSeconds(1.5);
        var downFor = back - TimeProvider.System.GetUtcNow();
        if (downFor > TimeSpan.Zero)
        {
            await Task.Delay(downFor, TimeProvider.System);
        }

        await using var second = Start(folder.Path, quickGrace);
        await second.WaitForLineAsync("\"Brazil\" was due at", Generous);
        var late = await second.WaitForLineAsync("\"Alien\" started", Generous);
        Assert.Matches(@"started [0-9hms ]+ ago — now at \d+:\d\d:\d\d", late.Line);
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));
        Assert.DoesNotContain(second.Lines, l => l.Line.Contains("GO!", StringComparison.Ordinal));
        return true;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
