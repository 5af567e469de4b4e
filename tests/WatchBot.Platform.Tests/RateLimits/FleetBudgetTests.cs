using WatchBot.Platform.RateLimits;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.RateLimits;

/// <summary>An instance's share of the fleet's budget, and a newcomer's pause.</summary>
public sealed class FleetBudgetTests
{
    [Theory]
    [InlineData(50, 3, 16)]
    [InlineData(45, 3, 15)]
    [InlineData(45, 2, 22)]
    [InlineData(45, 1, 45)]
    [InlineData(2, 5, 1)]
    public void AShare_IsTheTotalOverTheLive_RoundedDown_AtLeastOne(int total, int live, int share)
    {
        var budget = new FleetBudget(total);

        budget.Seen(live, first: false, TestTime.Start, TimeSpan.FromSeconds(10));

        Assert.Equal(share, budget.Share);
    }

    [Fact]
    public void OnlyAFirstBeatAmongOthers_Pauses_AndEachChangeIsTold()
    {
        var alone = new FleetBudget(45);
        var joining = new FleetBudget(45);
        var told = 0;
        joining.Changed += () => told++;

        alone.Seen(1, first: true, TestTime.Start, TimeSpan.FromSeconds(10));
        joining.Seen(2, first: true, TestTime.Start, TimeSpan.FromSeconds(10));
        joining.Seen(2, first: false, TestTime.Start.AddSeconds(2), TimeSpan.FromSeconds(10));
        joining.Seen(3, first: false, TestTime.Start.AddSeconds(4), TimeSpan.FromSeconds(10));

        Assert.Equal(DateTimeOffset.MinValue, alone.PausedUntil);
        Assert.Equal(TestTime.Start.AddSeconds(10), joining.PausedUntil);
        Assert.Equal(2, told);
    }
}
