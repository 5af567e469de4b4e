using System.Net.Http.Headers;
using WatchBot.Platform.RateLimits;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.RateLimits;

public sealed class RetryAfterTests
{
    private static readonly TimeSpan Fallback = TimeSpan.FromSeconds(1);

    [Fact]
    public void Seconds_AreTheWait() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.From(new RetryConditionHeaderValue(TimeSpan.FromSeconds(30)), TestTime.Start, Fallback));

    [Fact]
    public void ADate_IsTheWaitFromNow() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.From(new RetryConditionHeaderValue(TestTime.Start.AddSeconds(7)), TestTime.Start, Fallback));

    [Fact]
    public void ADatePassed_IsNoWait() =>
        Assert.Equal(TimeSpan.Zero, RetryAfter.From(new RetryConditionHeaderValue(TestTime.Start.AddSeconds(-7)), TestTime.Start, Fallback));

    [Fact]
    public void NoHeader_IsTheFallback() => Assert.Equal(Fallback, RetryAfter.From(null, TestTime.Start, Fallback));
}
