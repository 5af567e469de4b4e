using WatchBot.Core.Features.Sessions.Commands;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Commands;

public sealed class ScheduleTimeTests
{
    [Fact]
    public void Resolve_AnInstant_IsThatInstantWhateverNowIs()
    {
        var at = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(at, ScheduleTime.At(at).Resolve(T0));
        Assert.Equal(at, ScheduleTime.At(at).Resolve(T0 + Hour));
    }

    [Fact]
    public void Resolve_AnOffset_CountsFromWhenTheCommandIsAccepted()
    {
        var inTwoHours = ScheduleTime.In(2 * Hour);

        Assert.Equal(T0 + (2 * Hour), inTwoHours.Resolve(T0));
        Assert.Equal(T0 + (3 * Hour), inTwoHours.Resolve(T0 + Hour));
    }
}
