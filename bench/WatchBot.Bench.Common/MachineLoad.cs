namespace WatchBot.Bench.Common;

/// <summary>The machine's load averages as <c>uptime</c> prints them, to print beside figures taken on a shared machine.</summary>
public static class MachineLoad
{
    public static string Now()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return "load average unknown";
        }

        var parts = File.ReadAllText(path).Split(' ');
        return parts.Length >= 3 ? $"load average {parts[0]}, {parts[1]}, {parts[2]}" : "load average unknown";
    }
}
