namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>
/// The <c>slack_socket_mode_*</c> fixtures in tests/fixtures/platform under the folder holding
/// WatchBot.sln (own copy of the lookup, so this folder does not depend on the core tests' helpers).
/// </summary>
internal static class SocketModeFixtures
{
    public static string Folder { get; } = FindFolder();

    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.EnumerateFiles(Folder, "slack_socket_mode_*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    private static string FindFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WatchBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("WatchBot.sln not found above " + AppContext.BaseDirectory)
            : Path.GetFullPath(Path.Combine(dir.FullName, "tests", "fixtures", "platform"));
    }
}
