using WatchBot.Platform.Resilience;

namespace WatchBot.Platform.Tests.Resilience;

public sealed class BackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    private static readonly Backoff Spread = new(Min, Max);
    private static readonly Backoff Floored = new(Min, Max, Floor: Min);

    [Fact]
    public void NoFailures_NoWait() =>
        Assert.Equal(TimeSpan.Zero, Floored.Delay(0, 0.9));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(7, 60)]
    [InlineData(1000, 60)]
    [InlineData(int.MaxValue, 60)]
    public void Failures_DoubleTheWait_UpToTheCap_Jittered(int failures, int ceilingSeconds)
    {
        var low = Spread.Delay(failures, 0.0);
        var high = Spread.Delay(failures, 0.999);

        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds / 2.0), low);
        Assert.InRange(high, TimeSpan.FromSeconds(ceilingSeconds * 0.99), TimeSpan.FromSeconds(ceilingSeconds));
    }

    [Theory]
    [InlineData(1, 0.0, 1)]
    [InlineData(1, 0.999, 1)]
    [InlineData(2, 0.0, 1)]
    [InlineData(2, 0.5, 1.5)]
    [InlineData(4, 0.5, 6)]
    [InlineData(4, 0.0, 4)]
    [InlineData(11, 0.5, 45)]
    [InlineData(10_001, 0.999, 59.97)]
    public void WithAFloor_TheFirstRetryWaitsTheWholeMinimum(int failures, double jitter, double expectedSeconds) =>
        Assert.Equal(expectedSeconds, Floored.Delay(failures, jitter).TotalSeconds, precision: 2);

    [Fact]
    public void AfterAFailure_NeverBelowTheFloorNorAboveMax_WhateverTheJitter()
    {
        foreach (var failures in Enumerable.Range(1, 40))
        {
            foreach (var jitter in new[] { -1.0, 0, 0.25, 0.5, 0.75, 1, 2 })
            {
                Assert.InRange(Floored.Delay(failures, jitter), Min, Max);
                Assert.InRange(Spread.Delay(failures, jitter), Min / 2, Max);
            }
        }
    }

    [Fact]
    public void ZeroBounds_NeverWait() =>
        Assert.Equal(TimeSpan.Zero, new Backoff(TimeSpan.Zero, TimeSpan.Zero).Delay(5, 0.5));
}
