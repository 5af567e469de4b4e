using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Tests.SocketMode;

public sealed class SocketModeBackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(0, 0.0, 1)]
    [InlineData(0, 0.999, 1)]
    [InlineData(1, 0.0, 1)]
    [InlineData(1, 0.5, 1.5)]
    [InlineData(3, 0.5, 6)]
    [InlineData(3, 0.0, 4)]
    [InlineData(10, 0.5, 45)]
    [InlineData(10_000, 0.999, 59.97)]
    public void Delay_DoublesWithJitter_WithinMinAndMax(int attempt, double jitter, double expectedSeconds) =>
        Assert.Equal(expectedSeconds, SocketModeBackoff.Delay(attempt, Min, Max, jitter).TotalSeconds, precision: 2);

    [Fact]
    public void Delay_IsNeverBelowMinNorAboveMax_WhateverTheJitter()
    {
        foreach (var attempt in Enumerable.Range(0, 40))
        {
            foreach (var jitter in new[] { -1.0, 0, 0.25, 0.5, 0.75, 1, 2 })
            {
                var delay = SocketModeBackoff.Delay(attempt, Min, Max, jitter);
                Assert.InRange(delay, Min, Max);
            }
        }
    }

    [Fact]
    public void Deduplicator_RecognisesRepeats_AndForgetsTheOldestBeyondCapacity()
    {
        var seen = new SocketModeEnvelopeDeduplicator(capacity: 2);

        Assert.True(seen.TryRemember("a"));
        Assert.False(seen.TryRemember("a"));
        Assert.True(seen.TryRemember("b"));
        Assert.True(seen.TryRemember("c"));
        Assert.False(seen.TryRemember("c"));
        Assert.True(seen.TryRemember("a"));
    }
}
