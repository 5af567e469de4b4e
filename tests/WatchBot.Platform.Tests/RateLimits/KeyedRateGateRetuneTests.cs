using WatchBot.Platform.RateLimits;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.RateLimits;

/// <summary>A key's limit changed at run time (a fleet's share): raised, waiters go at once; lowered, nothing more until places free.</summary>
public sealed class KeyedRateGateRetuneTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private int _count = 1;

    [Fact]
    public async Task ARaisedLimit_GrantsTheWaitersAtOnce()
    {
        using var gate = new KeyedRateGate(_time, _ => new RateLimit(_count, TimeSpan.FromSeconds(1)));
        using var first = await gate.WaitAsync("k", CancellationToken.None);
        var second = gate.WaitAsync("k", CancellationToken.None);
        var third = gate.WaitAsync("k", CancellationToken.None);
        Assert.False(second.IsCompleted);

        _count = 3;
        gate.Retune();

        Assert.True(second.IsCompletedSuccessfully);
        Assert.True(third.IsCompletedSuccessfully);
        (await second).Dispose();
        (await third).Dispose();
    }

    [Fact]
    public async Task ALoweredLimit_LetsNothingMoreThrough_UntilEnoughPlacesHaveFreed()
    {
        _count = 3;
        using var gate = new KeyedRateGate(_time, _ => new RateLimit(_count, TimeSpan.FromSeconds(1)));
        var held = new[] { await gate.WaitAsync("k", CancellationToken.None), await gate.WaitAsync("k", CancellationToken.None) };

        _count = 1;
        gate.Retune();
        var next = gate.WaitAsync("k", CancellationToken.None);
        Assert.False(next.IsCompleted);

        held[0].Dispose();
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(next.IsCompleted);
        held[1].Dispose();
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(next.IsCompletedSuccessfully);
        (await next).Dispose();
    }
}
