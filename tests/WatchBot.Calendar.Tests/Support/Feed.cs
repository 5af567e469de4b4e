using System.Net;
using Ical.Net.CalendarComponents;
using WatchBot.Core.Features.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace WatchBot.Calendar.Tests.Support;

/// <summary>Issuing and fetching feeds through the harness, as a moderator and a calendar app would.</summary>
internal static class Feed
{
    /// <summary><c>/watch calendar</c> (or <c>reset</c>) as a moderator; the server path of the address issued.</summary>
    public static async Task<string> IssueAsync(CalendarHarness bot, string typed = "calendar")
    {
        var outcome = await bot.RunAsync(typed);
        var issued = Assert.IsType<CalendarFeedIssued>(outcome.Reply);
        Assert.Empty(outcome.Announced);
        return CalendarHarness.PathOf(issued.Url);
    }

    /// <summary>GETs the feed, checks it is served as text/calendar, and returns its body.</summary>
    public static async Task<string> FetchAsync(CalendarHarness bot, string path)
    {
        using var response = await bot.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return await response.Content.ReadAsStringAsync();
    }

    public static IcalCalendar Parse(string body) => IcalCalendar.Load(body) ?? throw new InvalidOperationException("no calendar in the body");

    public static CalendarEvent Event(IcalCalendar calendar, string uid) => Assert.Single(calendar.Events, e => e.Uid == uid);
}
