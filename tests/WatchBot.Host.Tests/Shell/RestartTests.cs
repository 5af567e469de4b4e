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
            await first.TypeAsync("/watch start title:\"The Matrix\" in:3s", "/wait 6s", "/watch react emoji:🔥");
            countdown = await first.WaitForLineAsync("press play at", Generous);
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
        using var folder = new TempFolder();

        // The countdown is posted 3 s ahead (not the default minute). The start is 30 s away so the first
        // bot has long exited, and the second is up, before the countdown is due, however loaded the machine.
        var shortLead = new Dictionary<string, string> { ["Sessions__ScheduledCountdownLead"] = "00:00:03" };
        (DateTimeOffset At, string Line) scheduled;
        await using (var first = Start(folder.Path, shortLead))
        {
            await first.TypeAsync("/watch schedule title:Alien at:\"in 30s\"");
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(Generous));
            scheduled = await first.WaitForLineAsync("is scheduled for", TimeSpan.FromSeconds(1));
            Assert.DoesNotContain(first.Lines, l => l.Line.Contains("starts in", StringComparison.Ordinal) || l.Line.Contains("GO!", StringComparison.Ordinal));
        }

        await using var second = Start(folder.Path, shortLead);
        var countdown = await second.WaitForLineAsync("starts in", Generous);
        var go = await second.WaitForLineAsync("GO!", Generous);
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));

        // The restarted bot names the booked instant (to the second; a target rounded up to a whole
        // second may name the next one) and says GO no earlier than that. How late a loaded machine
        // lets the timer fire is not this test's business.
        var booked = InstantAfter(scheduled.Line, "is scheduled for ").TimeOfDay;
        var pressPlayAt = ClockAfter(countdown.Line, "press play at ");
        Assert.InRange(Between(booked, pressPlayAt), TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.True(Between(pressPlayAt, StampOf(go.Line)) < TimeSpan.FromHours(12), $"GO said before {pressPlayAt}: {go.Line}");
        Assert.DoesNotContain(second.Lines, l => l.Line.Contains("started", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScheduledStartsThatPassedWhileDown_AreJoinedOrMarkedMissed()
    {
        using var folder = new TempFolder();

        // With no runtime, a start is joined for LateStartGrace: 2 s here, so Brazil is missed; Alien
        // (runtime 2h) is joined, and announced as late once more than LateGoTolerance late. The starts
        // are 20 s away so the first bot has long exited before their countdowns (1 s ahead) are due.
        var quickGrace = new Dictionary<string, string>
        {
            ["Sessions__LateStartGrace"] = "00:00:02",
            ["Sessions__LateGoTolerance"] = "00:00:01",
            ["Sessions__ScheduledCountdownLead"] = "00:00:01",
        };
        DateTimeOffset brazil, alien;
        await using (var first = Start(folder.Path, quickGrace))
        {
            await first.TypeAsync(
                "/watch schedule title:Brazil at:\"in 20s\"",
                "/watch schedule title:Alien at:\"in 21s\" runtime:2h");
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(Generous));
            brazil = InstantAfter((await first.WaitForLineAsync("\"Brazil\" is scheduled for", TimeSpan.FromSeconds(1))).Line, "is scheduled for ");
            alien = InstantAfter((await first.WaitForLineAsync("\"Alien\" is scheduled for", TimeSpan.FromSeconds(1))).Line, "is scheduled for ");
            Assert.DoesNotContain(first.Lines, l => l.Line.Contains("starts in", StringComparison.Ordinal));
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
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
