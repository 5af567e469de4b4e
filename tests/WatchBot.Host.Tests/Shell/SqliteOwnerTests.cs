namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// One bot per SQLite file: a second real process started on a file a running bot owns stops with one
/// line that says what to do (exit code 2) and leaves the first bot working; a bot killed with SIGKILL
/// leaves no lock behind, so the next start works.
/// </summary>
public sealed class SqliteOwnerTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task SecondBotOnTheSameFile_StopsWithOneLine_AndTheFirstKeepsWorking_AndAKillLeavesNoLock()
    {
        using var folder = new TempFolder();
        await using (var first = ShellProcess.Start(folder.Path))
        {
            // Answered: the first bot is up and owns the file.
            await first.TypeAsync("/watch start title:\"Alien\" in:10m");
            await first.WaitForLineAsync("press play at", Generous);

            await using (var second = ShellProcess.Start(folder.Path))
            {
                second.CloseInput();
                Assert.Equal(2, await second.WaitForExitAsync(Generous));
                var line = Assert.Single(second.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                Assert.StartsWith("WatchBot cannot start: another WatchBot process is using the session database ", line, StringComparison.Ordinal);
                Assert.Contains("Storage:Provider=postgres", line, StringComparison.Ordinal);
                Assert.Empty(second.Lines);
            }

            await first.TypeAsync("/watch status");
            await first.WaitForLineAsync("Alien", Generous, occurrence: 2);
            first.KillHard();
        }

        // The session the killed bot left is there; ended, nothing keeps the piped shell waiting.
        await using var third = ShellProcess.Start(folder.Path);
        await third.TypeAsync("/watch status", "/watch end");
        var status = await third.WaitForLineAsync("counting down", Generous);
        third.CloseInput();
        Assert.Equal(0, await third.WaitForExitAsync(Generous));
        Assert.Contains("Alien", status.Line, StringComparison.Ordinal);
    }
}
