using WatchBot.Platform.RateLimits;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.RateLimits;

public sealed class KeyedRateGateTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    [Fact]
    public async Task AKey_LetsAtMostItsCountGoInOneWindow()
    {
        using var gate = Gate(new RateLimit(2, TimeSpan.FromSeconds(1)));
        var first = gate.WaitAsync("k", CancellationToken.None);
        var second = gate.WaitAsync("k", CancellationToken.None);
        var third = gate.WaitAsync("k", CancellationToken.None);

        Assert.True(first.IsCompletedSuccessfully);
        Assert.True(second.IsCompletedSuccessfully);
        Assert.False(third.IsCompleted);

        (await first).Dispose();
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(third.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(third.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task APlace_IsHeldUntilOneWindowAfterItsAnswer()
    {
        using var gate = Gate(new RateLimit(1, TimeSpan.FromSeconds(1)));
        var lease = await gate.WaitAsync("k", CancellationToken.None);
        var next = gate.WaitAsync("k", CancellationToken.None);

        // A slow answer: the window starts when it comes, not when the request went.
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.False(next.IsCompleted);
        lease.Dispose();
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Waiters_OfOneKey_AreServedInArrivalOrder()
    {
        using var gate = Gate(new RateLimit(1, TimeSpan.FromSeconds(1)));
        var order = new List<int>();
        (await gate.WaitAsync("k", CancellationToken.None)).Dispose();
        var waiters = Enumerable.Range(1, 5).Select(i => gate.WaitAsync("k", CancellationToken.None).ContinueWith(
            t =>
            {
                lock (order)
                {
                    order.Add(i);
                }

                t.Result.Dispose();
            },
            TaskScheduler.Default)).ToList();

        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await waiters[i].WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);
        }

        Assert.Equal([1, 2, 3, 4, 5], order);
    }

    [Fact]
    public void Keys_DoNotWaitForEachOther()
    {
        using var gate = Gate(new RateLimit(1, TimeSpan.FromMinutes(1)));
        _ = gate.WaitAsync("workspace-a:chat.update", CancellationToken.None);
        var blocked = gate.WaitAsync("workspace-a:chat.update", CancellationToken.None);
        var other = gate.WaitAsync("workspace-b:chat.update", CancellationToken.None);

        Assert.False(blocked.IsCompleted);
        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public void RetryAfter_HoldsTheKeyBack_AndOnlyThatKey()
    {
        using var gate = Gate(new RateLimit(50, TimeSpan.FromSeconds(1)));
        gate.Block("global", TimeSpan.FromSeconds(5));
        var held = gate.WaitAsync("global", CancellationToken.None);
        var other = gate.WaitAsync("route", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        _time.Advance(TimeSpan.FromMilliseconds(4999));
        Assert.False(held.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(held.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task CancelledWaiter_IsSkipped()
    {
        using var gate = Gate(new RateLimit(1, TimeSpan.FromSeconds(1)));
        var lease = await gate.WaitAsync("k", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var gaveUp = gate.WaitAsync("k", cancel.Token);
        var next = gate.WaitAsync("k", CancellationToken.None);

        await cancel.CancelAsync();
        lease.Dispose();
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(gaveUp.IsCanceled);
        Assert.True(next.IsCompletedSuccessfully);
        Assert.Equal(1, gate.Taken("k"));
    }

    [Fact]
    public async Task IdleKeys_AreForgotten()
    {
        using var gate = Gate(new RateLimit(1, TimeSpan.FromSeconds(1)));
        for (var i = 0; i < 100; i++)
        {
            (await gate.WaitAsync($"channel-{i}", CancellationToken.None)).Dispose();
        }

        Assert.Equal(100, gate.KnownKeys);
        _time.Advance(TimeSpan.FromSeconds(1));
        (await gate.WaitAsync("channel-0", CancellationToken.None)).Dispose();
        Assert.Equal(1, gate.KnownKeys);
    }

    private KeyedRateGate Gate(RateLimit limit) => new(_time, _ => limit);
}
