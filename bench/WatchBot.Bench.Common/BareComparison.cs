using System.Globalization;

namespace WatchBot.Bench.Common;

/// <summary>
/// The acknowledgement-latency comparison both platforms make: warm up, then at each rate load the
/// bare verify-only endpoint and the bot in turn, and judge the bot's p99 against the goal (under
/// 50 ms) and against the bare endpoint's (at most 2×).
/// </summary>
public static class BareComparison
{
    /// <summary>Loads one target at a rate for a duration and reports what it measured.</summary>
    public delegate Task<LatencyReport> Load(int rate, TimeSpan duration);

    private static readonly int[] Rates = [500, 2000];

    public static async Task RunAsync(TimeSpan perRate, Load bare, Load ours)
    {
        ArgumentNullException.ThrowIfNull(bare);
        ArgumentNullException.ThrowIfNull(ours);
        await ours(200, TimeSpan.FromSeconds(2));
        await bare(200, TimeSpan.FromSeconds(2));

        var pairs = new List<(LatencyReport Bare, LatencyReport Ours)>();
        foreach (var rate in Rates)
        {
            pairs.Add((await bare(rate, perRate), await ours(rate, perRate)));
        }

        Console.WriteLine();
        foreach (var (floor, measured) in pairs)
        {
            Console.WriteLine(floor);
            Console.WriteLine(measured);
        }

        Console.WriteLine();
        foreach (var (floor, measured) in pairs)
        {
            var ratio = measured.P99Ms / floor.P99Ms;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{measured.Rate,5}/s: p99 {measured.P99Ms:F2} ms (goal < 50 ms: {Verdict(measured.P99Ms < 50)}), {ratio:F2}x the bare endpoint's p99 {floor.P99Ms:F2} ms (goal <= 2x: {Verdict(ratio <= 2)}), failures {measured.Failed}"));
        }
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
