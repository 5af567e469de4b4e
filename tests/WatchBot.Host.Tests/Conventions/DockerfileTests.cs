using System.Text.RegularExpressions;

namespace WatchBot.Host.Tests.Conventions;

/// <summary>
/// There is no Docker engine on the build machines, so the Dockerfile is checked by reading it: it
/// copies only what a clone holds, restores from the project files before the sources arrive (layer
/// caching), runs exactly CI's commands, and exposes the port the HTTP transports listen on.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly List<string> Lines = Instructions(Repository.Read("Dockerfile"));

    [Fact]
    public void EveryCopiedPath_ExistsInTheRepository_AndLandsAtTheSamePath()
    {
        var copies = Copies().ToList();
        Assert.True(copies.Count >= 10, string.Join("\n", Lines));

        Assert.All(copies, copy =>
        {
            foreach (var source in copy.Sources)
            {
                Assert.True(File.Exists(Repository.PathOf(source)) || Directory.Exists(Repository.PathOf(source)), $"COPY {source}: not in the repository");
                var target = copy.Destination.EndsWith('/') ? copy.Destination + Path.GetFileName(source) : copy.Destination;
                Assert.True(source == "." || Normalize(target) == Normalize(source), $"COPY {source} lands at {target}");
            }
        });
    }

    [Fact]
    public void Restore_ComesAfterEveryProjectFile_AndBeforeTheSources()
    {
        var restore = Lines.FindIndex(l => l.StartsWith("RUN dotnet restore", StringComparison.Ordinal));
        var sources = Lines.FindIndex(l => l == "COPY . .");
        var copiedBefore = Copies().Where(c => c.Index < restore).SelectMany(c => c.Sources).ToHashSet(StringComparer.Ordinal);
        var needed = SolutionProjects()
            .Concat(Repository.Files(".", "Directory.*.props"))
            .Concat(["WatchBot.sln", "global.json", "BannedSymbols.txt", ".editorconfig"])
            .ToList();

        Assert.InRange(restore, 0, sources - 1);
        Assert.True(SolutionProjects().Count() >= 15);
        Assert.DoesNotContain(needed, p => !copiedBefore.Contains(p));
    }

    [Fact]
    public void DotnetCommands_AreExactlyCis()
    {
        Assert.Equal(CiCommands(), Lines.Where(l => l.StartsWith("RUN dotnet ", StringComparison.Ordinal)).Select(l => l["RUN ".Length..]));
    }

    [Fact]
    public void TestCommand_IsTheReadmesWithTheBuildAlreadyDone()
    {
        var readme = Repository.Read("README.md");
        var section = readme[readme.IndexOf("\n## Test", StringComparison.Ordinal)..];
        var readmeTest = section.Split('\n').First(l => l.StartsWith("dotnet test ", StringComparison.Ordinal)).Trim();
        var ciTest = CiCommands().Single(c => c.StartsWith("dotnet test ", StringComparison.Ordinal));

        Assert.Equal(readmeTest, ciTest.Replace(" --no-build", "", StringComparison.Ordinal));
    }

    [Fact]
    public void ExposedPort_IsTheOneTheHttpTransportsListenOn()
    {
        var urls = Lines.Where(l => l.StartsWith("ENV ", StringComparison.Ordinal))
            .SelectMany(l => l["ENV ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Single(kv => kv.StartsWith("Http__Urls=", StringComparison.Ordinal))["Http__Urls=".Length..];
        var exposed = Lines.Single(l => l.StartsWith("EXPOSE ", StringComparison.Ordinal))["EXPOSE ".Length..];

        Assert.Equal("8080", exposed);
        Assert.All(urls.Split(';'), url => Assert.Equal(8080, new Uri(url.Replace("+", "localhost", StringComparison.Ordinal)).Port));
    }

    [Fact]
    public void FontPackages_AreInstalledAlikeByCiAndInBothStages()
    {
        static string Packages(string line) => Regex.Match(line, @"apt-get install -y --no-install-recommends ([\w\- ]+?)(;|&&|$)").Groups[1].Value.Trim();
        // CI installs other packages too (postgresql for the storage tests): the fonts line is the one compared.
        var ci = Repository.Read(".ci/run").Split('\n').Where(l => l.Contains("apt-get install", StringComparison.Ordinal)).Select(Packages)
            .Where(p => p.Contains("fonts-", StringComparison.Ordinal)).ToList();
        var image = Lines.Where(l => l.Contains("apt-get install", StringComparison.Ordinal)).Select(Packages).ToList();

        Assert.Contains("fonts-noto-color-emoji", Assert.Single(ci), StringComparison.Ordinal);
        Assert.Equal([ci[0], ci[0]], image);
    }

    /// <summary>The dotnet commands .ci/run runs, in order, with its shell variables filled in and redirections cut.</summary>
    private static List<string> CiCommands()
    {
        var script = Repository.Read(".ci/run");
        var variables = ShellAssignment().Matches(script).GroupBy(m => m.Groups[1].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Groups[2].Value, StringComparer.Ordinal);
        var commands = script.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal))
            .Select(l => Regex.Split(l, @"\s+(\|\||2>&1|\|)\s")[0].Trim())
            .Select(l => ShellVariable().Replace(l, m => variables[m.Groups[1].Value]))
            .ToList();
        Assert.True(commands.Count >= 4, string.Join("\n", commands));
        return commands;
    }

    /// <summary>The .csproj files WatchBot.sln builds, as repository paths.</summary>
    private static IEnumerable<string> SolutionProjects() =>
        SolutionProject().Matches(Repository.Read("WatchBot.sln")).Select(m => m.Groups[1].Value.Replace('\\', '/'));

    private static IEnumerable<(int Index, List<string> Sources, string Destination)> Copies() =>
        Lines.Select((line, index) => (line, index))
            .Where(x => x.line.StartsWith("COPY ", StringComparison.Ordinal) && !x.line.StartsWith("COPY --from", StringComparison.Ordinal))
            .Select(x =>
            {
                var parts = x.line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
                return (x.index, parts[..^1], parts[^1]);
            });

    /// <summary>Instructions one per line: continuation lines joined, comments and blanks dropped.</summary>
    private static List<string> Instructions(string dockerfile) =>
        [.. dockerfile.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(l => Regex.Replace(l.Trim(), @"\s+", " "))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];

    private static string Normalize(string path) => path.TrimStart('.', '/');

    [GeneratedRegex(@"^(\w+)=(\S+)$", RegexOptions.Multiline)]
    private static partial Regex ShellAssignment();

    [GeneratedRegex(@"""?\$\{?(\w+)\}?""?")]
    private static partial Regex ShellVariable();

    [GeneratedRegex(@"^Project\(""\{[^}]+\}""\) = ""[^""]+"", ""([^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex SolutionProject();
}
