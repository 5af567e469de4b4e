namespace WatchBot.Discord.Tests.Support;

/// <summary>Finds tests/fixtures/platform in the repository (walking up to WatchBot.sln).</summary>
internal static class Fixtures
{
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WatchBot.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is null)
            {
                throw new InvalidOperationException("WatchBot.sln not found above " + AppContext.BaseDirectory);
            }

            return Path.Combine(dir.FullName, "tests", "fixtures", "platform");
        }
    }

    public static IEnumerable<string> Discord(string pattern) =>
        Directory.EnumerateFiles(Folder, pattern).Where(f => Path.GetFileName(f).StartsWith("discord_", StringComparison.Ordinal)).Order();

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
