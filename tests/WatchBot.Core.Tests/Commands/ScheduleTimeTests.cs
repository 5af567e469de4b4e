using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Text.Times;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Commands;

public sealed class ScheduleTimeTests
{
    [Fact]
    public void Resolve_AnInstant_IsThatInstantWhateverNowIs()
    {
        var at = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(at, Resolved(ScheduleTime.At(at).Resolve(T0, "UTC")).Instant);
        Assert.Equal(at, Resolved(ScheduleTime.At(at).Resolve(T0 + Hour, "Europe/Paris")).Instant);
    }

    [Fact]
    public void Resolve_AnOffset_CountsFromWhenTheCommandIsAccepted()
    {
        var inTwoHours = ScheduleTime.In(2 * Hour);

        Assert.Equal(T0 + (2 * Hour), Resolved(inTwoHours.Resolve(T0, "UTC")).Instant);
        Assert.Equal(T0 + (3 * Hour), Resolved(inTwoHours.Resolve(T0 + Hour, "UTC")).Instant);
    }

    [Fact]
    public void Resolve_ALocalTime_IsReadInTheSpacesZoneAndEchoesItsLocalTime()
    {
        var friday = ScheduleTime.Of(WhenPhraseReader.Read("friday 9pm", out _)!);

        var paris = Resolved(friday.Resolve(T0, "Europe/Paris"));
        var tokyo = Resolved(friday.Resolve(T0, "Asia/Tokyo"));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.FromHours(1)), paris.Instant);
        Assert.Equal(new DateTime(2026, 11, 27, 21, 0, 0, DateTimeKind.Unspecified), paris.Local);
        Assert.Equal("Europe/Paris", paris.ZoneId);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.FromHours(9)), tokyo.Instant);
    }

    [Fact]
    public void Resolve_AZoneThePhraseNames_WinsOverTheSpaces()
    {
        var named = ScheduleTime.Of(WhenPhraseReader.Read("friday 9pm America/New_York", out _)!);

        var when = Resolved(named.Resolve(T0, "Europe/Paris"));

        Assert.Equal("America/New_York", when.ZoneId);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.FromHours(-5)), when.Instant);
    }

    [Fact]
    public void Resolve_AnUnknownSpaceZone_ReadsInUtc()
    {
        var eight = ScheduleTime.Of(WhenPhraseReader.Read("8pm", out _)!);

        Assert.Equal("UTC", Resolved(eight.Resolve(T0, "Not/AZone")).ZoneId);
    }

    private static WhenResolved Resolved(WhenResult result) => Assert.IsType<WhenResolved>(result);
}
