using System.Globalization;

namespace WatchBot.Bench.Common;

/// <summary>
/// The bot against the bare verify-only endpoint in the SAME time window: one open-loop schedule
/// alternates between the two every slice, at each rate, in several runs. Each run and rate is
/// judged on its own (bot p99 under 50 ms, and at most 2× the bare endpoint's p99 in that window),
/// with what this process's GC and thread pool did meanwhile, and the tally says in how many runs
/// both goals held at every rate.
/// </summary>
public static class InterleavedComparison
{
    private static readonly int[] Rates = [500, 2000];

    /// <returns>How many runs met both goals at every rate.</returns>
    public static async Task<int> RunAsync(HttpClient client, LoadTarget bare, LoadTarget ours, int runs, TimeSpan perRate, TimeSpan slice)
    {
        ArgumentNullException.ThrowIfNull(bare);
        ArgumentNullException.ThrowIfNull(ours);
        using var pauses = new GcPauses();
        // Warm start at every rate measured, both targets alike: run 1 must not pay for the thread
        // pool growing to what the highest rate needs, nor for code still being compiled.
        foreach (var rate in Rates)
        {
            await OpenLoopLoad.RunInterleavedAsync(client, [ours, bare], rate, TimeSpan.FromSeconds(2), slice);
        }

        var metPerRate = Rates.ToDictionary(r => r, _ => 0);
        var metAll = 0;
        for (var run = 1; run <= runs; run++)
        {
            var allMet = true;
            foreach (var rate in Rates)
            {
                var loadBefore = MachineLoad.Now();
                await using var probe = new ProcessProbe(pauses);
                var reports = await OpenLoopLoad.RunInterleavedAsync(client, [ours, bare], rate, perRate, slice);
                var seen = await probe.StopAsync();
                var (bot, floor) = (reports[0], reports[1]);
                var ratio = bot.P99Ms / floor.P99Ms;
                var met = bot.P99Ms < 50 && ratio <= 2 && bot.Failed == 0;
                allMet &= met;
                metPerRate[rate] += met ? 1 : 0;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run} {rate,5}/s: bot p99 {bot.P99Ms,7:F2} ms (< 50: {Verdict(bot.P99Ms < 50)}), bare p99 {floor.P99Ms,6:F2} ms, ratio {ratio,5:F2}x (<= 2x: {Verdict(ratio <= 2)}), bot p50 {bot.P50Ms:F2} max {bot.MaxMs:F1} ms, failures {bot.Failed}/{floor.Failed} -> {Verdict(met)}"));
                Console.WriteLine($"    {seen}; {loadBefore} before");
            }

            metAll += allMet ? 1 : 0;
        }

        Console.WriteLine();
        foreach (var rate in Rates)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rate,5}/s: {metPerRate[rate]} of {runs} runs met both goals"));
        }

        Console.WriteLine($"{metAll} of {runs} runs met both goals at every rate ({MachineLoad.Now()} at the end)");
        return metAll;
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
