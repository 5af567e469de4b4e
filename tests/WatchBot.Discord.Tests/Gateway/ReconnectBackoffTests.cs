using WatchBot.Discord.Gateway;

namespace WatchBot.Discord.Tests.Gateway;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Fact]
    public void AfterAHealthyConnection_ReconnectsAtOnce()
    {
        Assert.Equal(TimeSpan.Zero, ReconnectBackoff.Delay(0, Min, Max, 0.9));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(7, 60)]
    [InlineData(1000, 60)]
    public void Failures_DoubleTheWait_UpToTheCap_Jittered(int failures, int boundSeconds)
    {
        var low = ReconnectBackoff.Delay(failures, Min, Max, 0.0);
        var high = ReconnectBackoff.Delay(failures, Min, Max, 0.999);

        Assert.Equal(TimeSpan.FromSeconds(boundSeconds / 2.0), low);
        Assert.InRange(high, TimeSpan.FromSeconds(boundSeconds * 0.99), TimeSpan.FromSeconds(boundSeconds));
    }
}
