using System.Text.RegularExpressions;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Testing;
using Xunit.Abstractions;

namespace WatchBot.Contract.Tests.Readme;

/// <summary>
/// The README's four-person movie night is true: every line of it typed into the real shell (on a
/// test clock, so the times shown are the times printed) prints exactly what the README shows, and
/// the recap's picture is a PNG at the path printed, on SQLite files and on PostgreSQL alike. With <c>WATCHBOT_WRITE_DOCS=1</c> the picture
/// is also copied to <c>docs/recap-sample.png</c>, the sample the README links.
/// </summary>
public sealed partial class ReadmeScenarioTests(ITestOutputHelper output)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task TheFourPersonMovieNight_PrintsWhatTheReadmeShows(string provider)
    {
        var scenario = ReadmeScenario.Read(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "README.md")));
        await using var storage = ContractStorage.For(provider);
        await using var shell = new ShellTranscript(storage);
        await shell.StartAsync();
        var printed = new List<string>();
        foreach (var step in scenario.Steps)
        {
            var lines = await shell.TypeAsync(step.User, step.Line, step.Shown.Count);
            printed.Add($"{step.User}> {step.Line}");
            printed.AddRange(lines.Skip(1).Select(l => Normal(l, shell.PictureFolder)));
        }

        var transcript = string.Join("\n", printed);
        output.WriteLine(transcript);
        var shown = string.Join("\n", scenario.Steps.SelectMany(s => (string[])[$"{s.User}> {s.Line}", .. s.Shown.Select(l => Normal(l, null))]));
        Assert.Equal(shown, transcript);

        var picture = Assert.Single(Directory.GetFiles(shell.PictureFolder, "*.png"));
        var png = await File.ReadAllBytesAsync(picture);
        Assert.Equal(PngSignature, png.Take(PngSignature.Length));
        await storage.AssertKeptAsync();
        if (provider == "sqlite" && Environment.GetEnvironmentVariable("WATCHBOT_WRITE_DOCS") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(RepositoryFolder.Root, "docs", "recap-sample.png"), png);
        }
    }

    // Where the picture went is the folder the reader runs WatchBot from ("…"), and its name a session id of that run.
    private static string Normal(string line, string? pictureFolder)
    {
        var plain = pictureFolder is null ? line : line.Replace(pictureFolder, "…/data/recaps", StringComparison.Ordinal);
        return SessionId().Replace(plain, "<id>");
    }

    [GeneratedRegex("(?<=/)[0-9a-f]{12}(?=\\.png)")]
    private static partial Regex SessionId();
}
