namespace WatchBot.Failover.Tests;

/// <summary>Small figures over recorded samples.</summary>
internal static class Stats
{
    /// <summary>The nearest-rank percentile of <paramref name="ascending"/> (sorted), or NaN when it is empty.</summary>
    public static double Percentile(IReadOnlyList<double> ascending, double percent)
    {
        ArgumentNullException.ThrowIfNull(ascending);
        if (ascending.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * ascending.Count);
        return ascending[Math.Clamp(rank, 1, ascending.Count) - 1];
    }

    /// <summary>The most instants that fall in any window of one second (a window starts at each instant).</summary>
    public static int PeakPerSecond(IEnumerable<DateTimeOffset> instants)
    {
        var sorted = instants.Order().ToList();
        var peak = 0;
        var first = 0;
        for (var last = 0; last < sorted.Count; last++)
        {
            while (sorted[last] - sorted[first] >= TimeSpan.FromSeconds(1))
            {
                first++;
            }

            peak = Math.Max(peak, last - first + 1);
        }

        return peak;
    }
}
