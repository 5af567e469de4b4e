using System.Globalization;
using static WatchBot.Host.Tests.Shell.ShellProcess;

namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// Issue 8, what a new user hit in the shell: "press play at" a second early, a session with a
/// runtime that never ended, bookings that killed each other. Each test waits on the lines the bot
/// prints, never on a fixed sleep.
/// </summary>
public sealed class SessionTimingTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task PressPlayAt_NamesTheSecondOfTheGo()
    {
        using var folder = new TempFolder();
        await using var shell = Start(folder.Path);

        // Once it has answered, the bot is up: it reads the same clock (to the millisecond) a few
        // milliseconds after the next line is typed, not a start-up later.
        await shell.TypeAsync("/watch status");
        await shell.WaitForLineAsync("No session is running here.", Generous);
        var typed = TruncatedToMillisecond(TimeProvider.System.GetUtcNow());
        await shell.TypeAsync("/watch start title:Heat in:3s");
        var countdown = await shell.WaitForLineAsync("press play at", Generous);
        var go = await shell.WaitForLineAsync("GO!", Generous);
        shell.CloseInput();
        Assert.Equal(0, await shell.WaitForExitAsync(Generous));

        var shownText = countdown.Line.Split("press play at ")[1][..8];
        var shown = LocalTimeNear(shownText, typed + TimeSpan.FromSeconds(3));

        // Before the fix the target kept its fraction and the display cut it off: the shown second
        // began before the countdown was over, so people pressed play early.
        Assert.True(shown >= typed + TimeSpan.FromSeconds(3), $"shown {shownText} is before the end of a 3 s countdown typed at {typed:O}");

        // And no later than the countdown's whole second: the bot read its clock before it stamped the
        // line (a loaded machine may read the line seconds after it was typed, so the stamp bounds it).
        var stamped = LocalTimeNear(countdown.Line[1..9], typed);
        Assert.True(shown <= stamped + TimeSpan.FromSeconds(4), $"shown {shownText}, in a line stamped {countdown.Line[1..9]}");

        // The GO line's stamp is the bot's clock when it said GO: never before the shown second, and
        // the same second whenever the GO reached us within it (a loaded machine may print it later).
        var goStamp = go.Line[1..9];
        Assert.True(LocalTimeNear(goStamp, shown) >= shown, $"GO stamped {goStamp}, before the shown {shownText}");
        if (go.At < shown + OneSecond)
        {
            Assert.Equal(shownText, goStamp);
        }
    }

    [Fact]
    public async Task SessionWithARuntime_EndsThereWithTheRecap_AndFreesTheChannel()
    {
        using var folder = new TempFolder();
        await using var shell = Start(folder.Path);

        // A runtime longer than a loaded machine may fire the GO timer late (7 s seen at load 50): a start
        // later than the whole film is missed, with no GO and no end at the runtime.
        await shell.TypeAsync("/watch start title:Short in:3s runtime:15s");
        var ended = await shell.WaitForLineAsync("\"Short\" ended at", Generous);
        await shell.TypeAsync("/watch status", "/watch react emoji:🔥", "/watch start title:Next in:3s");
        await shell.WaitForLineAsync("\"Next" + CountdownShown, Generous);
        shell.CloseInput();
        Assert.Equal(0, await shell.WaitForExitAsync(Generous));

        Assert.Equal(TimeSpan.FromSeconds(15), PositionAfter(ended.Line, "ended at"));
        Assert.Equal(TimeSpan.FromSeconds(15), PositionAfter(ended.Line, "Watched"));
        Assert.DoesNotContain("ended by", ended.Line, StringComparison.Ordinal);
        await shell.WaitForLineAsync("No session is running here.", OneSecond);
        await shell.WaitForLineAsync("(only you) Sorry — No session is running", OneSecond);
        Assert.DoesNotContain(shell.Lines, l => l.Line.Contains("at the end", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SessionWithARuntime_KilledWhilePlaying_EndsWithItsRecapAfterRestart()
    {
        using var folder = new TempFolder();
        await using (var first = Start(folder.Path))
        {
            // A runtime longer than a loaded machine may fire the GO timer late: a start later than
            // the whole film would be missed, with no GO to wait for.
            await first.TypeAsync("/watch start title:Short in:3s runtime:15s");
            await first.WaitForLineAsync("GO!", Generous);
            first.KillHard();
        }

        // Whether the runtime ran out while the bot was down (recovery ends it) or after it came back
        // (the stored timer fires), it ends once, at 0:00:15, with its recap.
        await using var second = Start(folder.Path);
        var ended = await second.WaitForLineAsync("\"Short\" ended at", Generous);
        await second.TypeAsync("/watch status");
        await second.WaitForLineAsync("No session is running here.", Generous);
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));

        Assert.Equal(TimeSpan.FromSeconds(15), PositionAfter(ended.Line, "ended at"));
        Assert.Single(second.Lines, l => l.Line.Contains("ended at", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IssueScript_OverlappingBookings_AreRefusedWhenBooked()
    {
        using var folder = new TempFolder();
        await using var shell = Start(folder.Path);
        await shell.TypeAsync(
            "/watch schedule title:Alien at:\"in 65s\"",
            "/watch schedule title:Aliens at:\"in 65s\"",
            "/watch schedule title:\"Too soon\" at:\"in 30s\"",
            "/watch status");
        shell.CloseInput();
        Assert.Equal(0, await shell.WaitForExitAsync(Generous));

        await shell.WaitForLineAsync("\"Alien\" is scheduled for", OneSecond);
        var refusals = shell.Lines.Where(l => l.Line.Contains("(only you) Sorry — That would overlap \"Alien\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.Contains("The first free time is in", r.Line, StringComparison.Ordinal));
        Assert.DoesNotContain(shell.Lines, l => l.Line.Contains("\"Aliens\" is scheduled", StringComparison.Ordinal));
        Assert.DoesNotContain(shell.Lines, l => l.Line.Contains("\"Too soon\" is scheduled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BookingDueWhileAStartedSessionPlays_WaitsAcrossARestart_AndStartsWhenItEnds()
    {
        using var folder = new TempFolder();

        // Countdowns posted 3 s ahead (not the default minute) so the test stays short.
        var shortLead = new Dictionary<string, string> { ["Sessions__ScheduledCountdownLead"] = "00:00:03" };
        await using (var first = Start(folder.Path, shortLead))
        {
            await first.TypeAsync(
                // Heat's runtime outlasts a GO timer fired late on a loaded machine (Heat must play, not be missed).
                "/watch start title:Heat in:3s runtime:20s",
                "/watch schedule title:Alien at:\"in 5s\"");
            await first.WaitForLineAsync("\"Alien\" is due, but \"Heat\" is still running here", Generous);
            first.KillHard();
        }

        await using var second = Start(folder.Path, shortLead);
        var heatEnded = await second.WaitForLineAsync("\"Heat\" ended at", Generous);
        var alienCountdown = await second.WaitForLineAsync("\"Alien" + CountdownShown, Generous);
        var alienGo = await second.WaitForLineAsync("GO! \"Alien\"", Generous);
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));

        Assert.Equal(TimeSpan.FromSeconds(20), PositionAfter(heatEnded.Line, "ended at"));
        Assert.True(alienCountdown.At >= heatEnded.At && alienGo.At >= alienCountdown.At);
        Assert.DoesNotContain(second.Lines, l => l.Line.Contains("could not start", StringComparison.Ordinal));
    }

    private static DateTimeOffset TruncatedToMillisecond(DateTimeOffset instant) =>
        instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMillisecond));

    /// <summary>The instant a local "HH:mm:ss" names, on whichever day puts it nearest <paramref name="near"/>.</summary>
    private static DateTimeOffset LocalTimeNear(string clock, DateTimeOffset near)
    {
        var time = TimeSpan.ParseExact(clock, @"hh\:mm\:ss", CultureInfo.InvariantCulture);
        var localNear = TimeZoneInfo.ConvertTime(near, TimeZoneInfo.Local);
        var candidates = new[] { -1, 0, 1 }.Select(days =>
        {
            var local = localNear.Date.AddDays(days) + time;
            return new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local));
        });
        return candidates.MinBy(c => (c - near).Duration());
    }
}
