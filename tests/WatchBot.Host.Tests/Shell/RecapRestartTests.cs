using static WatchBot.Host.Tests.Shell.ShellProcess;

namespace WatchBot.Host.Tests.Shell;

/// <summary>The recap is stored with the session's end (real SQLite file): after a restart, /watch recap still shows it.</summary>
public sealed class RecapRestartTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Ended_ThenRestarted_WatchRecapStillShowsTheRecapWithItsNote()
    {
        using var folder = new TempFolder();
        await using (var first = Start(folder.Path))
        {
            await first.TypeAsync("/watch recap");
            await first.WaitForLineAsync("There is no recap in this channel yet", Generous);
            await first.TypeAsync("/watch start title:\"Alien\" in:3s");
            await first.WaitForLineAsync("GO!", Generous);
            await first.TypeAsync("/wait 2s", "/watch react emoji:😂 note:\"the cat\"", "/watch end");
            await first.WaitForLineAsync("■ \"Alien\" ended", Generous);
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(Generous));
        }

        await using var second = Start(folder.Path);
        await second.TypeAsync("/watch recap");
        await second.WaitForLineAsync("📼 The last recap in this channel, from", Generous);
        await second.WaitForLineAsync("■ \"Alien\" ended", Generous);
        var note = await second.WaitForLineAsync("😂 at 0:00:0", Generous);
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));

        Assert.Contains("— the cat", note.Line, StringComparison.Ordinal);
    }
}
