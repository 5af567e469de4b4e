namespace WatchBot.Slack.Tests.Support;

/// <summary>
/// The platform fixtures kept in the repository (tests/fixtures/platform, sources in its SOURCES.md):
/// found by walking up from the test binary to the folder holding WatchBot.sln.
/// </summary>
internal static class Fixtures
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Folder { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "tests", "fixtures", "platform"));

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));

    public static byte[] ReadBytes(string name) => File.ReadAllBytes(PathOf(name));

    public static IEnumerable<string> SlackNames() =>
        Directory.EnumerateFiles(Folder, "slack_*").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WatchBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("WatchBot.sln not found above " + AppContext.BaseDirectory);
    }
}
