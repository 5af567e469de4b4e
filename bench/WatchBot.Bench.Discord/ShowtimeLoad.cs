namespace WatchBot.Bench.Discord;

/// <summary>The machine's load average, printed beside every figure: this round's benchmarks share a busy machine.</summary>
internal static class ShowtimeLoad
{
    public static string Now()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]} ({Environment.ProcessorCount} cores)";
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
