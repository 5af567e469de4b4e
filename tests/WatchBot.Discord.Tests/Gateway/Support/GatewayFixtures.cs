namespace WatchBot.Discord.Tests.Gateway.Support;

/// <summary>Finds tests/fixtures/platform in the repository (walking up to WatchBot.sln).</summary>
internal static class GatewayFixtures
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
                throw new DirectoryNotFoundException("WatchBot.sln not found above the test binaries.");
            }

            return Path.Combine(dir.FullName, "tests", "fixtures", "platform");
        }
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static IEnumerable<string> GatewayNames() =>
        Directory.GetFiles(Folder, "discord_gateway_*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
