namespace WatchBot.Host.Tests.Shell;

/// <summary><c>/watch settings</c> in the terminal: the real binary on its real SQLite file, across a restart.</summary>
public sealed class ShellSettingsTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AModeratorsTimeZone_SurvivesARestart_AndOthersMayOnlyLook()
    {
        using var folder = new TempFolder();
        await using (var first = ShellProcess.Start(folder.Path))
        {
            await first.TypeAsync(
                "/watch settings timezone:Europe/Paris",
                "/as carol mod",
                "/watch settings timezone:paris",
                "/watch settings timezone:europe/paris");
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(Generous));

            var refused = await first.WaitForLineAsync("only a moderator can change the settings", Generous);
            Assert.Contains("/as NAME mod", refused.Line, StringComparison.Ordinal);
            var suggested = await first.WaitForLineAsync("I don't know the time zone \"paris\"", Generous);
            Assert.Contains("Did you mean Europe/Paris?", suggested.Line, StringComparison.Ordinal);
            Assert.Contains("Try: /watch settings timezone:Europe/Paris", suggested.Line, StringComparison.Ordinal);
            await first.WaitForLineAsync("The time zone here is now Europe/Paris (was UTC).", Generous);
        }

        await using var second = ShellProcess.Start(folder.Path);
        await second.TypeAsync("/watch settings", "/as carol mod", "/watch settings timezone:Europe/Paris");
        second.CloseInput();
        Assert.Equal(0, await second.WaitForExitAsync(Generous));

        await second.WaitForLineAsync("Time zone here: Europe/Paris, set by a moderator.", Generous);
        await second.WaitForLineAsync("Moderators can change it with /watch settings timezone:.", Generous);
        await second.WaitForLineAsync("Nothing to do: the time zone here is already Europe/Paris.", Generous);
    }
}
