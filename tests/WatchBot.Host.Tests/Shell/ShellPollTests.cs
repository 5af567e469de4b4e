namespace WatchBot.Host.Tests.Shell;

/// <summary>The movie poll in the terminal: typed at the top or under <c>poll</c>, the winner becoming the booking's title.</summary>
public sealed class ShellPollTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task APoll_OpenedNominatedVotedAndClosed_RetitlesTheBooking()
    {
        using var folder = new TempFolder();
        await using var shell = ShellProcess.Start(folder.Path);
        await shell.TypeAsync(
            "/watch schedule title:\"Movie night\" at:\"in 3h\"",
            "/watch poll",
            "/as bob",
            "/watch nominate title:Heat",
            "/as carol",
            "/watch poll nominate title:Ronin",
            "/watch vote n:2",
            "/as bob",
            "/watch vote 2",
            "/watch vote n:9",
            "/watch poll close",
            "/as alice",
            "/watch poll close",
            "/watch status");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        await shell.WaitForLineAsync("opened a movie poll for", OneSecond);
        await shell.WaitForLineAsync("You nominated", OneSecond);
        await shell.WaitForLineAsync("You voted for number 2", OneSecond);
        await shell.WaitForLineAsync("There is no number 9 in the poll", OneSecond);
        await shell.WaitForLineAsync("Only the host of", OneSecond);
        var won = await shell.WaitForLineAsync("The movie poll closed", OneSecond);
        Assert.Contains("Ronin", won.Line, StringComparison.Ordinal);
        Assert.Contains("2 votes", won.Line, StringComparison.Ordinal);
        await shell.WaitForLineAsync("Ronin", OneSecond, occurrence: 4);
    }
}
