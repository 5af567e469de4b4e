namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// <c>/watch ban</c> in the terminal, with the real binary and its SQLite file: a banned person is refused
/// everything, only to themselves, and the ban is still there after a restart.
/// </summary>
public sealed class ShellBanTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ABannedPerson_IsRefusedEverything_AcrossARestart_UntilUnbanned()
    {
        using var folder = new TempFolder();
        await using (var first = ShellProcess.Start(folder.Path))
        {
            await first.TypeAsync(
                "/as bob",
                "/watch ban user:carol",
                "/as carol mod",
                "/watch ban user:carol",
                "/watch ban user:bob duration:7d reason:\"spoilers\"",
                "/as bob",
                "/watch start title:Alien in:3s",
                "/watch status");
            first.CloseInput();

            Assert.Equal(0, await first.WaitForExitAsync(Generous));
            await first.WaitForLineAsync("only a moderator can ban or unban", OneSecond);
            await first.WaitForLineAsync("you can't ban yourself", OneSecond);
            await first.WaitForLineAsync("bob can't use WatchBot here until", OneSecond);
            await first.WaitForLineAsync("(only you) You can't use WatchBot here until", OneSecond);
            await first.WaitForLineAsync("(only you) You can't use WatchBot here until", OneSecond, occurrence: 2);
            Assert.DoesNotContain(ShellProcess.CountdownShown, first.Transcript, StringComparison.Ordinal);
        }

        await using var second = ShellProcess.Start(folder.Path);
        await second.TypeAsync(
            "/as bob",
            "/watch start title:Alien in:3s",
            "/as carol mod",
            "/watch unban user:bob",
            "/as bob",
            "/watch start title:Alien in:3s",
            "/watch end");
        second.CloseInput();

        Assert.Equal(0, await second.WaitForExitAsync(Generous));
        var refused = await second.WaitForLineAsync("(only you) You can't use WatchBot here until", OneSecond);
        var lifted = await second.WaitForLineAsync("bob may use WatchBot here again.", OneSecond);
        var countdown = await second.WaitForLineAsync(ShellProcess.CountdownShown, OneSecond);
        Assert.True(refused.At <= lifted.At && lifted.At <= countdown.At, second.Transcript);
    }

    [Fact]
    public async Task BanningTheHost_HandsTheSessionToTheModerator_WithoutSayingWhyInTheChannel()
    {
        using var folder = new TempFolder();
        await using var shell = ShellProcess.Start(folder.Path);
        // A long countdown: the pause below must come before the GO however slowly a loaded machine reads.
        await shell.TypeAsync(
            "/as alice",
            "/watch start title:Alien in:60s",
            "/as carol mod",
            "/watch mod ban alice reason:\"spoilers\"",
            "/watch pause",
            "/watch audit");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        await shell.WaitForLineAsync("alice can't use WatchBot here until", OneSecond);
        await shell.WaitForLineAsync("carol handed the host role from alice to carol.", OneSecond);
        Assert.DoesNotContain("spoilers", shell.Transcript.Split('\n').Where(line => !line.Contains("(only you)", StringComparison.Ordinal) && line.Contains("carol handed", StringComparison.Ordinal)));
        // The new host drives, and the audit log has both: the ban and the hand-over it caused.
        await shell.WaitForLineAsync("Paused at 0:00:00 by carol.", OneSecond);
        await shell.WaitForLineAsync("carol handed the host role to carol", OneSecond);
        await shell.WaitForLineAsync("carol banned alice: until unbanned — reason: spoilers", OneSecond);
    }
}
