using WatchBot.Discord.Gateway;
using WatchBot.Emulators;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public async Task HundredTwentyPerMinute_TheNextWaitsForTheOldestToAgeOut()
    {
        var clock = new FakeTimeProvider(TestTime.Start);
        var limiter = new GatewaySendLimiter(clock);
        for (var i = 0; i < 120; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire());
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        var waited = TimeSpan.Zero;
        var next = limiter.WaitAsync(w => waited = w, CancellationToken.None);

        Assert.False(next.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(48), waited);
        clock.Advance(TimeSpan.FromSeconds(48));
        await next.WaitAsync(EmulatorAssembly.Patience);
    }
}
