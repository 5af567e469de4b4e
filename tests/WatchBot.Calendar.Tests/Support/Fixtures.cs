namespace WatchBot.Calendar.Tests.Support;

/// <summary>Reads tests/fixtures/platform in the repository (walking up to WatchBot.sln).</summary>
internal static class Fixtures
{
    public static string Read(string name)
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

        return File.ReadAllText(Path.Combine(dir.FullName, "tests", "fixtures", "platform", name));
    }
}
