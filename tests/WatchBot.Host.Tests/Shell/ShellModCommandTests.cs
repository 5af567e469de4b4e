namespace WatchBot.Host.Tests.Shell;

/// <summary><c>/watch mod</c> in the terminal: the same command, rules and answers as on Discord and Slack.</summary>
public sealed class ShellModCommandTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AModerator_AddsBob_WhoMayThenPauseAlicesSession_AndIsRemovedAgain()
    {
        using var folder = new TempFolder();
        await using var shell = ShellProcess.Start(folder.Path);
        await shell.TypeAsync(
            "/watch mod add user:bob",
            "/as carol mod",
            "/watch mod add user:@bob",
            "/watch mod list",
            "/as alice",
            "/watch start title:Alien in:3s",
            "/wait 4s",
            "/as bob",
            "/watch pause",
            "/watch mod remove user:carol",
            "/watch mod remove user:bob",
            "/watch mod list",
            "/watch end");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        var refused = await shell.WaitForLineAsync("only a moderator", OneSecond);
        Assert.Contains("/as NAME mod", refused.Line, StringComparison.Ordinal);
        await shell.WaitForLineAsync("bob is now a moderator here.", OneSecond);
        var listed = await shell.WaitForLineAsync("Moderators here —", OneSecond);
        Assert.Contains("configured: carol; added with /watch mod add: bob", listed.Line, StringComparison.Ordinal);
        await shell.WaitForLineAsync("Paused at", OneSecond);
        var carol = await shell.WaitForLineAsync("carol moderates through /as carol mod", OneSecond);
        Assert.Contains("change it there", carol.Line, StringComparison.Ordinal);
        await shell.WaitForLineAsync("bob is no longer a moderator here.", OneSecond);
        var refusedAgain = await shell.WaitForLineAsync("only a moderator", OneSecond, occurrence: 2);
        Assert.DoesNotContain("I don't know", shell.Transcript, StringComparison.Ordinal);
        Assert.NotNull(refusedAgain.Line);
    }

    [Fact]
    public async Task AModerator_KicksBob_LocksTheSession_AndAliceHandsTheHostRoleToDave()
    {
        using var folder = new TempFolder();
        await using var shell = ShellProcess.Start(folder.Path);
        await shell.TypeAsync(
            "/as alice",
            "/watch start title:Alien in:3s",
            "/as bob",
            "/watch react emoji:😂",
            "/watch kick user:alice",
            "/as carol mod",
            "/watch kick user:bob",
            "/watch lock",
            "/as bob",
            "/watch react emoji:🔥",
            "/as dave",
            "/watch react emoji:🔥",
            "/as alice",
            "/watch host user:dave",
            "/watch status");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        await shell.WaitForLineAsync("Only moderators can kick", OneSecond);
        await shell.WaitForLineAsync("carol removed bob from this session.", OneSecond);
        await shell.WaitForLineAsync("carol locked this session", OneSecond);
        await shell.WaitForLineAsync("A moderator removed you from", OneSecond);
        await shell.WaitForLineAsync("is locked: only people already taking part", OneSecond);
        await shell.WaitForLineAsync("alice handed the host role from alice to dave.", OneSecond);
        await shell.WaitForLineAsync("Host dave", OneSecond);
    }

    [Fact]
    public async Task Help_ListsMod_AndMistakesGetTheFix()
    {
        using var folder = new TempFolder();
        await using var shell = ShellProcess.Start(folder.Path);
        await shell.TypeAsync(
            "/watch help",
            "/watch strat title:Alien",
            "/watch start title:The Matrix",
            "/watch start title:Alien in:5 minutes",
            "/watch start titel:Alien");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        await shell.WaitForLineAsync("/watch mod add user:@bob", OneSecond);
        await shell.WaitForLineAsync("Did you mean start? (All: start, schedule, cancel, reschedule, skip, series, ready, rsvp, attendees, reminders, poll, nominate, vote, pause, break, resume, seek, react, status, join, check, end, recap, rename, mod, kick, ban, unban, lock, unlock, host, audit, calendar, settings, my-data, forget-me, help.) Try: /watch start title:Alien", OneSecond);
        await shell.WaitForLineAsync("Put quotes around a value with spaces: title:\"The Matrix\". Try: /watch start title:\"The Matrix\"", OneSecond);
        await shell.WaitForLineAsync("Write it as 5m. Try: /watch start title:Alien in:5m", OneSecond);
        await shell.WaitForLineAsync("did you mean title:? Try: /watch start title:Alien", OneSecond);
        Assert.DoesNotContain("⏳", shell.Transcript, StringComparison.Ordinal);
    }
}
