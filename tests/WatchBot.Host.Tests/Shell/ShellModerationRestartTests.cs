namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// Kick, lock and a host hand-over in the terminal, with the real binary and its SQLite file: decided in
/// one process, still in force in the next (the ban's restart is <see cref="ShellBanTests"/>).
/// </summary>
public sealed class ShellModerationRestartTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task KickLockAndHandOver_SurviveARestartOfTheBinary()
    {
        using var folder = new TempFolder();
        await using (var first = ShellProcess.Start(folder.Path))
        {
            await first.TypeAsync(
                "/as alice",
                "/watch start title:Alien in:3s",
                "/as bob",
                "/watch react emoji:😂",
                "/as dave",
                "/watch react emoji:🔥",
                "/as carol mod",
                "/watch kick user:bob",
                "/watch lock",
                "/watch host user:dave");
            first.CloseInput();

            Assert.Equal(0, await first.WaitForExitAsync(Generous));
            await first.WaitForLineAsync("carol removed bob from this session.", OneSecond);
            await first.WaitForLineAsync("carol locked this session", OneSecond);
            await first.WaitForLineAsync("carol handed the host role from alice to dave.", OneSecond);
        }

        await using var second = ShellProcess.Start(folder.Path);
        await second.TypeAsync(
            "/as bob",
            "/watch react emoji:🎉",
            "/as erin",
            "/watch react emoji:🎉",
            "/as alice",
            "/watch status",
            "/as dave",
            "/watch end");
        second.CloseInput();

        Assert.Equal(0, await second.WaitForExitAsync(Generous));
        var kicked = await second.WaitForLineAsync("A moderator removed you from", OneSecond);
        var locked = await second.WaitForLineAsync("is locked: only people already taking part", OneSecond);
        Assert.Contains("(only you)", kicked.Line, StringComparison.Ordinal);
        Assert.Contains("(only you)", locked.Line, StringComparison.Ordinal);
        await second.WaitForLineAsync("Host dave", OneSecond);
    }
}
