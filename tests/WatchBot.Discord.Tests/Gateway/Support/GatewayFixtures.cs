namespace WatchBot.Discord.Tests.Gateway.Support;

/// <summary>Finds ../shared/platform/fixtures beside the clone (walking up to WatchBot.sln).</summary>
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

            if (dir?.Parent is null)
            {
                throw new DirectoryNotFoundException("WatchBot.sln not found above the test binaries.");
            }

            return Path.Combine(dir.Parent.FullName, "shared", "platform", "fixtures");
        }
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static IEnumerable<string> GatewayNames() =>
        Directory.GetFiles(Folder, "discord_gateway_*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
