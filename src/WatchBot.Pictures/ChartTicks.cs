namespace WatchBot.Pictures;

/// <summary>Round steps for axes: counts in 1, 2, 5 × 10ⁿ, media time in steps a reader counts in.</summary>
internal static class ChartTicks
{
    private static readonly int[] TimeSteps = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];

    /// <summary>The smallest round count step that needs at most <paramref name="maxTicks"/> ticks to reach <paramref name="max"/>.</summary>
    public static int CountStep(int max, int maxTicks)
    {
        for (var scale = 1; ; scale *= 10)
        {
            foreach (var unit in (int[])[1, 2, 5])
            {
                if ((long)unit * scale * maxTicks >= max)
                {
                    return unit * scale;
                }
            }
        }
    }

    /// <summary>The smallest round time step that needs at most <paramref name="maxTicks"/> ticks to cover <paramref name="length"/>.</summary>
    public static TimeSpan TimeStep(TimeSpan length, int maxTicks)
    {
        var step = TimeSteps.FirstOrDefault(s => s * maxTicks >= length.TotalSeconds, 0);
        return TimeSpan.FromSeconds(step > 0 ? step : Math.Ceiling(length.TotalSeconds / maxTicks / 3600) * 3600);
    }

    /// <summary>A media time as people read it on a player: 0:30, 12:05, 1:02:03.</summary>
    public static string Time(TimeSpan at) =>
        at.TotalHours >= 1 ? $"{(int)at.TotalHours}:{at.Minutes:00}:{at.Seconds:00}" : $"{at.Minutes}:{at.Seconds:00}";
}
