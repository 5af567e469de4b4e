using WatchBot.Testing;

namespace WatchBot.Engine.Tests.TestClock;

/// <summary>
/// What every in-process test assumes of FakeTimeProvider, pinned so that an upgrade of
/// Microsoft.Extensions.TimeProvider.Testing that changes it fails here, by name, and not as a
/// scatter of session tests.
/// </summary>
public sealed class FakeTimeProviderContractTests
{
    [Fact]
    public void StartsWhereTold_InUtc_AndNeverMovesByItself()
    {
        var clock = new FakeTimeProvider(TestTime.Start);

        Assert.Equal(TestTime.Start, clock.GetUtcNow());
        Assert.Equal(TestTime.Start, clock.GetUtcNow());
        Assert.Equal(TimeZoneInfo.Utc, clock.LocalTimeZone);
        Assert.Equal(TimeSpan.Zero, clock.AutoAdvanceAmount);
    }

    [Fact]
    public void Advance_FiresDueTimersInDueOrder_OnTheAdvancingThread_AndNotLaterOnes()
    {
        var clock = new FakeTimeProvider(TestTime.Start);
        var fired = new List<(string Name, int Thread)>();
        using var late = clock.CreateTimer(_ => fired.Add(("3s", Environment.CurrentManagedThreadId)), null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("1s", Environment.CurrentManagedThreadId)), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var notYet = clock.CreateTimer(_ => fired.Add(("9s", Environment.CurrentManagedThreadId)), null, TimeSpan.FromSeconds(9), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["1s", "3s"], fired.Select(f => f.Name));
        Assert.All(fired, f => Assert.Equal(Environment.CurrentManagedThreadId, f.Thread));
    }

    [Fact]
    public void CallbacksOfOneAdvance_ReadItsEndInstant()
    {
        // Unlike the real clock (and our old FakeTimeProvider): a test whose callbacks must see their
        // own due time advances to each due instant in turn.
        var clock = new FakeTimeProvider(TestTime.Start);
        var seen = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal([TestTime.Start.AddSeconds(5)], seen);
    }

    [Fact]
    public void ATimerCreatedAlreadyDue_FiresInsideCreateTimer()
    {
        var clock = new FakeTimeProvider(TestTime.Start);
        var fired = false;

        using var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        Assert.True(fired);
    }

    [Fact]
    public void DelaysAndTimeouts_CompleteDuringAdvance_AndNotBefore()
    {
        var clock = new FakeTimeProvider(TestTime.Start);
        var delay = Task.Delay(TimeSpan.FromSeconds(2), clock);
        var timeout = new TaskCompletionSource().Task.WaitAsync(TimeSpan.FromSeconds(2), clock);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(delay.IsCompleted);
        Assert.False(timeout.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(delay.IsCompletedSuccessfully);
        Assert.IsType<TimeoutException>(timeout.Exception?.InnerException);
    }

    [Fact]
    public void TimeNeverGoesBack()
    {
        var clock = new FakeTimeProvider(TestTime.Start);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetUtcNow(TestTime.Start.AddSeconds(-1)));
    }
}
