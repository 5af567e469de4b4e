using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WatchBot.Bench.Memory;

/// <summary>
/// The live managed heap of the bot, by dotnet-gcdump (a .NET global tool: <c>dotnet tool install -g
/// dotnet-gcdump</c>; <c>WATCHBOT_BENCH_GCDUMP</c> names another path). The dump forces a full blocking
/// GC, so it is taken after the figures that are judged, and it shows how much of the GC heap's resident
/// memory is live objects and how much is retained garbage and free space.
/// </summary>
internal static partial class LiveHeap
{
    /// <summary>Bytes of live objects, or null when the tool is missing or failed (said on the console).</summary>
    public static async Task<long?> MeasureAsync(int pid)
    {
        var tool = Environment.GetEnvironmentVariable("WATCHBOT_BENCH_GCDUMP") is { Length: > 0 } other
            ? other
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-gcdump");
        if (!File.Exists(tool))
        {
            Console.WriteLine($"  (no {tool}: install dotnet-gcdump to see the live managed heap)");
            return null;
        }

        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "report", "-p", pid.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet-gcdump did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (HeapBytes().Match(output) is { Success: true } match)
        {
            return long.Parse(match.Groups["bytes"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }

        Console.WriteLine($"  (dotnet-gcdump gave no heap size: {(await errors).Trim()})");
        return null;
    }

    [GeneratedRegex(@"^\s*(?<bytes>[0-9,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex HeapBytes();
}
