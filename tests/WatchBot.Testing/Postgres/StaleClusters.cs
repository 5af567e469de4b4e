using System.Globalization;

namespace WatchBot.Testing.Postgres;

/// <summary>
/// Clusters left by test processes that are gone (a test host ended before its exit handler finished,
/// or was killed): each folder names its owner's process id, and a folder whose owner no longer runs is
/// stopped (if its server still runs) and removed when the next test process starts one.
/// </summary>
internal static class StaleClusters
{
    public const string Prefix = "watchbot-pg-";
    public const string OwnerFile = "owner.pid";

    public static void MarkOwned(string folder) =>
        File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    public static async Task SweepAsync(Func<string, Task> stopServer)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (OwnerRuns(folder))
            {
                continue;
            }

            try
            {
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                {
                    await stopServer(Path.Combine(folder, "data"));
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Someone else's, or already going: not ours to insist on.
            }
        }
    }

    // No owner file yet means a process is creating it right now: leave it alone.
    private static bool OwnerRuns(string folder)
    {
        var owner = Path.Combine(folder, OwnerFile);
        if (!File.Exists(owner))
        {
            return true;
        }

        return !int.TryParse(File.ReadAllText(owner).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || Directory.Exists($"/proc/{pid}");
    }
}
