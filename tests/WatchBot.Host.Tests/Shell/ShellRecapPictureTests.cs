using static WatchBot.Host.Tests.Shell.ShellProcess;

namespace WatchBot.Host.Tests.Shell;

/// <summary>The real binary writes the recap's chart under data/recaps and prints its path after the recap.</summary>
public sealed class ShellRecapPictureTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task End_WithReactions_WritesTheChartAndPrintsWhere()
    {
        using var folder = new TempFolder();
        await using var shell = Start(folder.Path);
        // Reactions count once it plays: typed after the GO was printed, however late a loaded machine says it.
        await shell.TypeAsync("/watch start title:Alien in:3s");
        await shell.WaitForLineAsync("GO!", Generous);
        await shell.TypeAsync(
            "/watch react emoji:😱",
            "/as bob",
            "/watch react emoji:😂",
            "/as alice",
            "/watch end");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        await shell.WaitForLineAsync("ended by alice", OneSecond);
        var printed = await shell.WaitForLineAsync("picture: ", OneSecond);
        var path = printed.Line[(printed.Line.IndexOf("picture: ", StringComparison.Ordinal) + "picture: ".Length)..].Trim();

        Assert.Equal(Path.Combine(folder.Path, "data", "recaps"), Path.GetDirectoryName(path));
        Assert.EndsWith(".png", path, StringComparison.Ordinal);
        var png = await File.ReadAllBytesAsync(path);
        Assert.Equal(PngSignature, png.Take(PngSignature.Length));
        Assert.True(png.Length > 5_000, $"{png.Length} bytes");
    }

    [Fact]
    public async Task End_WithoutReactions_WritesNoPicture()
    {
        using var folder = new TempFolder();
        await using var shell = Start(folder.Path);
        await shell.TypeAsync("/watch start title:Alien in:3s");
        await shell.WaitForLineAsync("GO!", Generous);
        await shell.TypeAsync("/watch end");
        shell.CloseInput();

        Assert.Equal(0, await shell.WaitForExitAsync(Generous));
        await shell.WaitForLineAsync("ended by alice", OneSecond);
        Assert.DoesNotContain(shell.Lines, l => l.Line.Contains("picture: ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "data", "recaps")) && Directory.EnumerateFiles(Path.Combine(folder.Path, "data", "recaps")).Any());
    }
}
