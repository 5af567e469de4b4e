using WatchBot.Core.Features.LateJoin;
using WatchBot.Core.Features.LateJoin.Rules;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.LateJoin;

/// <summary>
/// <c>/watch check</c>'s arithmetic: the shared clock read at the command's arrival, the drift to the
/// tenth, and the advice for each phase.
/// </summary>
public sealed class DriftReadingTests
{
    // Playing at 1:00:00 at T0; every check here arrives at T0 + 2 s (or 2.25 s), so the shared clock shows 1:00:02.
    [Theory]
    [InlineData("1:00:02", 2000, 0.0, DriftAdvice.InSync)]
    [InlineData("1:00:02.4", 2000, 0.4, DriftAdvice.InSync)]
    [InlineData("1:00:01.5", 2000, -0.5, DriftAdvice.InSync)]
    [InlineData("1:00:02.6", 2000, 0.6, DriftAdvice.PauseFor)]
    [InlineData("1:00:04.3", 2000, 2.3, DriftAdvice.PauseFor)]
    [InlineData("1:00:12", 2000, 10.0, DriftAdvice.PauseFor)]
    [InlineData("1:00:13", 2000, 11.0, DriftAdvice.SeekAndPress)]
    [InlineData("59:58.8", 2000, -3.2, DriftAdvice.SeekAndPress)]
    [InlineData("1:00:01.4", 2000, -0.6, DriftAdvice.SeekAndPress)]
    [InlineData("1:00:02", 2250, -0.3, DriftAdvice.InSync)]
    [InlineData("3600", 2250, -2.3, DriftAdvice.SeekAndPress)]
    public void Playing_DriftToTheTenth_AndWhatToDo(string typed, int afterMs, double seconds, DriftAdvice advice)
    {
        Assert.True(PlayerReading.TryParse(typed, out var yours));
        var reading = DriftReading.Of(Playing(Hour), yours, T0.AddMilliseconds(afterMs), LateJoinRules.Lead);

        Assert.Equal(TimeSpan.FromSeconds(seconds), reading.Drift);
        Assert.Equal(advice, reading.Advice);
        Assert.Equal(Hour + TimeSpan.FromMilliseconds(afterMs), reading.Shared);
    }

    [Fact]
    public void Behind_SeeksToAWholeSecondAMomentAhead_AndSaysWhenToPress()
    {
        var reading = DriftReading.Of(Playing(Hour), Hour - TimeSpan.FromSeconds(1.2), T0 + 2 * Second, LateJoinRules.Lead);

        // Asked at 20:00:02: press at 20:00:07, when the shared clock is at 1:00:07.
        Assert.Equal(new JoinPlan(Hour + 7 * Second, T0 + 7 * Second, TimeSpan.Zero), reading.Plan);
    }

    [Theory]
    [InlineData("42:15", 0.0, DriftAdvice.InSyncWaitForResume)]
    [InlineData("42:15.5", 0.5, DriftAdvice.InSyncWaitForResume)]
    [InlineData("42:18.1", 3.1, DriftAdvice.SeekAndWaitForResume)]
    [InlineData("40:00", -135.0, DriftAdvice.SeekAndWaitForResume)]
    public void Paused_ComparesWithTheFrozenPosition_HoweverLongAgo(string typed, double seconds, DriftAdvice advice)
    {
        Assert.True(PlayerReading.TryParse(typed, out var yours));
        var reading = DriftReading.Of(Paused(TimeSpan.Parse("00:42:15", System.Globalization.CultureInfo.InvariantCulture)), yours, T0 + Hour, LateJoinRules.Lead);

        Assert.Equal(TimeSpan.FromSeconds(seconds), reading.Drift);
        Assert.Equal(advice, reading.Advice);
        Assert.Null(reading.Plan);
    }

    [Fact]
    public void CountingDown_PressesWithEveryone_AtTheGo()
    {
        var reading = DriftReading.Of(CountingDown(T0 + 30 * Second), TimeSpan.FromSeconds(4), T0, LateJoinRules.Lead);

        Assert.Equal(TimeSpan.FromSeconds(4), reading.Drift);
        Assert.Equal(DriftAdvice.PressWithEveryone, reading.Advice);
        Assert.Equal(new JoinPlan(TimeSpan.Zero, T0 + 30 * Second, TimeSpan.Zero), reading.Plan);
    }

    [Fact]
    public void CountingDown_TooCloseToSeekBeforeIt_JoinsAfterTheGo()
    {
        var reading = DriftReading.Of(CountingDown(T0 + 3 * Second), TimeSpan.Zero, T0, LateJoinRules.Lead);

        Assert.Equal(DriftAdvice.SeekAndPress, reading.Advice);
        Assert.Equal(new JoinPlan(2 * Second, T0 + 5 * Second, TimeSpan.Zero), reading.Plan);
    }
}
