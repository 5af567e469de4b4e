using Microsoft.AspNetCore.Http;
using WatchBot.Http;

namespace WatchBot.Calendar.Tests;

/// <summary>A feed's secret is its path: the inbound server's warnings must never write it down.</summary>
public sealed class LoggedPathTests
{
    [Theory]
    [InlineData("/calendar/s3cr3t-feed-token.ics")]
    [InlineData("/CALENDAR/s3cr3t-feed-token.ics")]
    [InlineData("/calendar/s3cr3t-feed-token.ics/")]
    [InlineData("/calendar/s3cr3t-feed-token/more")]
    public void ACalendarPath_IsLoggedWithoutItsSecret(string path)
    {
        var logged = LoggedPath.Of(new PathString(path));

        Assert.Equal("/calendar/…", logged);
        Assert.DoesNotContain("s3cr3t", logged, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/discord/interactions")]
    [InlineData("/slack/commands")]
    [InlineData("/calendar")]
    [InlineData("/calendars/x.ics")]
    [InlineData("/")]
    public void OtherPaths_AreLoggedAsTheyCame(string path) =>
        Assert.Equal(path, LoggedPath.Of(new PathString(path)));
}
