using static WatchBot.Host.Tests.Shell.ShellProcess;

namespace WatchBot.Host.Tests.Shell;

/// <summary>A script piped into the real binary, as the README tells a newcomer to try.</summary>
public sealed class PipedScriptTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task WholeSession_PositionsAgreeWithElapsedTime()
    {
        using var folder = new TempFolder();
        await using var shell = Start(folder.Path);
        // Each part of the script is typed once the GO before it was printed, not after a guessed
        // number of seconds: on a loaded machine the binary may take seconds to start or to fire a timer.
        await shell.TypeAsync("/watch start title:\"The Matrix\" in:3s");
        await shell.WaitForLineAsync("GO!", Generous);
        await shell.TypeAsync(
            "/wait 2s",
            "/watch status",
            "/watch pause",
            "/wait 2s",
            "/watch status",
            "/watch resume in:3s");
        await shell.WaitForLineAsync("GO!", Generous, occurrence: 2);
        await shell.TypeAsync(
            "/wait 2s",
            "/watch react emoji:😂 note:\"that face\"",
            "/watch end");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));

        // Positions are checked against the bot's own stamps from the instant it said to press play:
        // how late the lines reach this test on a loaded machine does not matter (nor whether the
        // countdown's line, printed late, says "starts 1s ago": it names the same instant).
        var countdown = await shell.WaitForLineAsync(CountdownShown, OneSecond);
        var goAt = ClockAfter(countdown.Line, "press play at ");
        await shell.WaitForLineAsync("GO!", OneSecond);
        var playing = await shell.WaitForLineAsync("playing at", OneSecond);
        var playingAt = PositionAfter(playing.Line, "playing at");
        Assert.True(playingAt >= TimeSpan.FromSeconds(1), $"/wait 2s after the GO, yet: {playing.Line}");
        AssertAgrees(Between(goAt, StampOf(playing.Line)), playingAt);

        var paused = await shell.WaitForLineAsync("Paused at", OneSecond);
        var pausedAt = PositionAfter(paused.Line, "Paused at");
        AssertAgrees(Between(goAt, StampOf(paused.Line)), pausedAt);
        var stillPaused = await shell.WaitForLineAsync("paused at", OneSecond);
        Assert.Equal(pausedAt, PositionAfter(stillPaused.Line, "paused at"));

        var resuming = await shell.WaitForLineAsync("resumes from", OneSecond);
        Assert.Equal(pausedAt, PositionAfter(resuming.Line, "from"));
        var resumeAt = ClockAfter(resuming.Line, "press play at ");
        var secondGo = await shell.WaitForLineAsync("GO!", OneSecond, occurrence: 2);

        // A GO timer that a loaded machine fires late names the position at that moment.
        AssertAgrees(pausedAt + Between(resumeAt, StampOf(secondGo.Line)), PositionAfter(secondGo.Line, "playing from"));
        var reaction = await shell.WaitForLineAsync("😂 at", OneSecond);
        AssertAgrees(pausedAt + Between(resumeAt, StampOf(reaction.Line)), PositionAfter(reaction.Line, "😂 at"));
        Assert.Contains("that face", reaction.Line, StringComparison.Ordinal);

        var ended = await shell.WaitForLineAsync("ended by alice", OneSecond);
        Assert.Contains("1 reaction", ended.Line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_ByAnotherMember_IsRefusedPolitely_AndAModeratorMayPause()
    {
        using var folder = new TempFolder();
        await using var shell = Start(folder.Path);
        await shell.TypeAsync("/watch start title:Alien in:3s");
        await shell.WaitForLineAsync("GO!", Generous);
        await shell.TypeAsync(
            "/as bob",
            "/watch pause",
            "/as carol mod",
            "/watch pause",
            "/watch end");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        var refused = await shell.WaitForLineAsync("(only you) Sorry", OneSecond);
        Assert.Contains("Only the host (alice) and moderators can pause", refused.Line, StringComparison.Ordinal);
        await shell.WaitForLineAsync("by carol", OneSecond);
        Assert.DoesNotContain(shell.Lines, l => l.Line.Contains("by bob", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EndOfInput_DuringACountdown_WaitsForGoThenExits()
    {
        using var folder = new TempFolder();
        await using var shell = Start(folder.Path);
        await shell.TypeAsync("/watch start title:Heat in:3s");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        await shell.WaitForLineAsync("GO!", OneSecond);
    }

    [Fact]
    public async Task BadInput_GetsAnExampleAndTheSessionCarriesOn()
    {
        using var folder = new TempFolder();
        await using var shell = Start(folder.Path);
        await shell.TypeAsync(
            "/watch start title:\"Alien\" in:3s",
            "/watch seek to:banana",
            "/watch frobnicate",
            "hello?",
            "/watch status");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        var seek = await shell.WaitForLineAsync("as a position", OneSecond);
        Assert.Contains("Try: /watch seek to:1:02:03", seek.Line, StringComparison.Ordinal);
        await shell.WaitForLineAsync("I don't know \"frobnicate\"", OneSecond);
        await shell.WaitForLineAsync("Bot commands start with /watch", OneSecond);
        // The session carried on past the bad lines. Its status says "counting down" unless a loaded
        // machine took the 3 s to read them (then "playing at"); its GO below comes either way.
        var status = await shell.WaitForLineAsync("(only you) \"Alien\" — ", OneSecond);
        Assert.Matches("counting down|playing at", status.Line);
        await shell.WaitForLineAsync("GO!", OneSecond);
    }

    [Fact]
    public async Task FridayNight_WordsSlowDownReadyAndEmptySeeks_AreAnsweredToTheSender_AndTheRecapCountsWhoActedAndWhatPlayed()
    {
        using var folder = new TempFolder();

        // A minute between reactions, so the second one is too soon however slow this machine is.
        await using var shell = Start(folder.Path, new Dictionary<string, string> { ["Sessions__ReactionInterval"] = "00:01:00" });
        await shell.TypeAsync("/watch start title:\"Case\" in:3s");
        await shell.WaitForLineAsync("GO!", Generous);
        await shell.TypeAsync(
            "/as bob",
            "/watch react emoji:lol",
            "/watch react emoji:🔥",
            "/watch react emoji:🔥",
            "/watch ready",
            "/as carol mod",
            "/watch pause",
            "/watch seek to:+0s",
            "/wait 2s",
            "/watch resume in:3s");
        await shell.WaitForLineAsync("GO!", Generous, occurrence: 2);
        await shell.TypeAsync(
            "/as alice",
            "/watch end");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        await shell.WaitForLineAsync("(only you) Sorry — emoji: takes exactly one emoji", OneSecond);
        await shell.WaitForLineAsync("(only you) Slow down", OneSecond);
        await shell.WaitForLineAsync("(only you) Sorry — \"Case\" is already playing", OneSecond);
        await shell.WaitForLineAsync("(only you) Nothing to do: it is already there", OneSecond);
        Assert.Single(shell.Lines, l => l.Line.Contains("🔥 at", StringComparison.Ordinal) && l.Line.Contains("— bob", StringComparison.Ordinal));
        Assert.DoesNotContain(shell.Lines, l => l.Line.Contains("moved", StringComparison.Ordinal));

        // alice started and ended, bob reacted, carol paused, sought and resumed. No seek moved the
        // media, so the time played is exactly where it ended; the pause and the countdown are not in it.
        var ended = await shell.WaitForLineAsync("ended by alice", OneSecond);
        Assert.Contains("3 people, 1 reaction", ended.Line, StringComparison.Ordinal);
        Assert.Equal(PositionAfter(ended.Line, "ended by alice at"), PositionAfter(ended.Line, "Watched"));
    }
}
