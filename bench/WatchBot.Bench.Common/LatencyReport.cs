using System.Globalization;

namespace WatchBot.Bench.Common;

/// <summary>What one load run measured. Latencies are from the instant a request was DUE, so a
/// stalled server is charged for the queue it causes (no coordinated omission).</summary>
public sealed record LatencyReport(string Name, int Rate, int Sent, int Succeeded, int Failed, double P50Ms, double P99Ms, double MaxMs, double AchievedPerSecond)
{
    public static LatencyReport From(string name, int rate, IReadOnlyList<double> latenciesMs, int failed, TimeSpan elapsed)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new LatencyReport(
            name,
            rate,
            sorted.Length + failed,
            sorted.Length,
            failed,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1],
            (sorted.Length + failed) / elapsed.TotalSeconds);
    }

    /// <summary>Nearest-rank percentile of an ascending array.</summary>
    public static double Percentile(double[] ascending, double fraction)
    {
        if (ascending.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(fraction * ascending.Length);
        return ascending[Math.Clamp(rank - 1, 0, ascending.Length - 1)];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-32} {Rate,6}/s  sent {Sent,6}  ok {Succeeded,6}  failed {Failed,4}  p50 {P50Ms,8:F2} ms  p99 {P99Ms,8:F2} ms  max {MaxMs,8:F2} ms  achieved {AchievedPerSecond,7:F0}/s");
}
