namespace WatchBot.Failover.Tests;

public sealed class StatsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(50, 5)]
    [InlineData(99, 10)]
    [InlineData(100, 10)]
    [InlineData(10, 1)]
    [InlineData(0, 1)]
    public void Percentile_IsTheNearestRank(double percent, double expected) =>
        Assert.Equal(expected, Stats.Percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], percent));

    [Fact]
    public void Percentile_OfNothing_IsNaN() => Assert.True(double.IsNaN(Stats.Percentile([], 50)));

    [Fact]
    public void PeakPerSecond_CountsTheBusiestWindowOfOneSecond_WhereverItStarts()
    {
        // 3 in the first second, then 4 between 1.5 s and 2.4 s (a window that straddles a second boundary).
        double[] seconds = [0, 0.2, 0.9, 1.5, 1.9, 2.0, 2.4, 3.5];
        Assert.Equal(4, Stats.PeakPerSecond(seconds.Select(s => T0.AddSeconds(s))));
    }

    [Fact]
    public void PeakPerSecond_ExcludesAnInstantExactlyOneSecondLater() =>
        Assert.Equal(1, Stats.PeakPerSecond([T0, T0.AddSeconds(1), T0.AddSeconds(2)]));
}
