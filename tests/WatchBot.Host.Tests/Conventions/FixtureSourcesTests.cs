using System.Text.RegularExpressions;

namespace WatchBot.Host.Tests.Conventions;

/// <summary>
/// The platform fixtures live in the repository, each with its origin in SOURCES.md, so a plain clone
/// runs every test and anyone can trace a payload back to the repository and commit it came from.
/// </summary>
public sealed partial class FixtureSourcesTests
{
    private const string Folder = "tests/fixtures/platform";

    [Fact]
    public void SourcesTable_AndTheFolder_NameTheSameFiles()
    {
        var listed = SourceRows().Select(r => r.File).ToList();
        var present = Directory.EnumerateFiles(Repository.PathOf(Folder)).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not "SOURCES.md" and not ".gitattributes").ToList();

        Assert.True(present.Count >= 80, $"only {present.Count} fixtures in {Folder}");
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(present.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EverySource_NamesARepositoryACommitAndAPath()
    {
        Assert.All(SourceRows(), row =>
        {
            Assert.Matches(OwnerAndName(), row.Repository);
            Assert.Matches(FullCommit(), row.Commit);
            Assert.False(string.IsNullOrWhiteSpace(row.Path), row.File);
        });
    }

    [Fact]
    public void NoTestSource_ReachesOutsideTheRepositoryForFixtures()
    {
        var offenders = Repository.Files("tests", "*.cs").Concat(Repository.Files("bench", "*.cs"))
            .Where(f => OutsideTheRepository().IsMatch(Repository.Read(f)))
            .ToList();

        Assert.Empty(offenders);
    }

    /// <summary>The rows of the "Files" table: | `file` | repository | `commit` | `path` | how |.</summary>
    private static List<(string File, string Repository, string Commit, string Path)> SourceRows()
    {
        var text = Repository.Read(Folder + "/SOURCES.md");
        var files = text[text.IndexOf("## Files", StringComparison.Ordinal)..];
        var end = files.IndexOf("\n## ", 3, StringComparison.Ordinal);
        return [.. (end < 0 ? files : files[..end]).Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[1].Trim('`'), cells[2], cells[3].Trim('`'), cells[4].Trim('`')))];
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial Regex OwnerAndName();

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex FullCommit();

    /// <summary>A path built to the team folder beside the clone, as Path.Combine parts or as a relative path.</summary>
    [GeneratedRegex(@"""\.\.""\s*,\s*""shared""|\.\./shared/")]
    private static partial Regex OutsideTheRepository();
}
