using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Calendar.Tests.Support;
using WatchBot.Core.Features.Calendar;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Testing;

namespace WatchBot.Calendar.Tests;

/// <summary>
/// The feed end to end: the real host with a real SQLite file, bookings made through its dispatcher,
/// the feed fetched over HTTP on loopback and read back with Ical.Net.
/// </summary>
public sealed partial class CalendarFeedTests
{
    [Fact]
    public async Task Subscribe_ServesTheBookedSessions_WithStableUids_TitlesAndTimesOnly()
    {
        await using var bot = await CalendarHarness.StartAsync();
        var path = await Feed.IssueAsync(bot);
        var heat = await BookAsync(bot, "Heat", TestTime.Start.AddDays(2));
        var alien = await BookAsync(bot, "Alien; a \"long\" night, 日本 🎬", TestTime.Start.AddDays(3), "runtime:1h57m", new ChannelAddress("test", "guild-1", "cinema"));
        await BookAsync(bot, "Elsewhere", TestTime.Start.AddDays(2), channel: new ChannelAddress("test", "guild-2", "lounge"));

        var body = await Feed.FetchAsync(bot, path);
        var again = await Feed.FetchAsync(bot, path);
        var calendar = Feed.Parse(body);

        Assert.Equal(2, calendar.Events.Count);
        var first = Feed.Event(calendar, $"session-{heat.Id.Value}@watchbot");
        Assert.Equal("Heat", first.Summary);
        Assert.Equal(TestTime.Start.AddDays(2).UtcDateTime, first.DtStart!.AsUtc);
        Assert.Equal(TestTime.Start.AddDays(2).AddHours(2).UtcDateTime, first.DtEnd!.AsUtc);
        Assert.Equal("CONFIRMED", first.Status);
        var second = Feed.Event(calendar, $"session-{alien.Id.Value}@watchbot");
        Assert.Equal("Alien; a \"long\" night, 日本 🎬", second.Summary);
        Assert.Equal(TestTime.Start.AddDays(3).AddMinutes(117).UtcDateTime, second.DtEnd!.AsUtc);
        Assert.Equal(Uids(body), Uids(again));

        // Titles and times only: no host, no participant, no organizer, attendee or description.
        Assert.DoesNotContain("Alice", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Secretname", body, StringComparison.Ordinal);
        Assert.DoesNotContain("u-alice", body, StringComparison.Ordinal);
        Assert.DoesNotContain("lounge", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Elsewhere", body, StringComparison.Ordinal);
        Assert.All(calendar.Events, e => Assert.True(e.Attendees.Count == 0 && e.Organizer is null && e.Description is null && e.Location is null));

        // RFC 5545: CRLF lines of at most 75 octets, DTSTAMP in UTC, VERSION and PRODID.
        Assert.DoesNotMatch(BareLineFeed(), body);
        Assert.All(body.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Equal(2, DtStamp().Count(body));
        Assert.All(calendar.Events, e => Assert.True(e.DtStamp!.IsUtc));
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal("-//WatchBot//Movie nights//EN", calendar.ProductId);
    }

    [Fact]
    public async Task Rename_AndReschedule_RaiseTheSequence_UnderTheSameUid()
    {
        await using var bot = await CalendarHarness.StartAsync();
        var path = await Feed.IssueAsync(bot);
        var booked = await BookAsync(bot, "Heat", TestTime.Start.AddDays(2));
        var uid = $"session-{booked.Id.Value}@watchbot";
        var before = Feed.Event(Feed.Parse(await Feed.FetchAsync(bot, path)), uid);

        var renamed = await bot.RunAsync("rename title:\"Heat (director's cut)\"");
        Assert.NotEmpty(renamed.Announced);
        var afterRename = Feed.Event(Feed.Parse(await Feed.FetchAsync(bot, path)), uid);

        // The reschedule command is another part of the issue: a reschedule is a save with a new time and a higher revision.
        var store = bot.Host.Services.GetRequiredService<ISessionStore>();
        var current = (await store.GetAsync(booked.Id, CancellationToken.None))!;
        var moved = current with { ScheduledFor = TestTime.Start.AddDays(4), Revision = current.Revision + 1 };
        await store.SaveAsync(moved, [], CancellationToken.None);
        var afterMove = Feed.Event(Feed.Parse(await Feed.FetchAsync(bot, path)), uid);

        Assert.Equal("Heat (director's cut)", afterRename.Summary);
        Assert.True(afterRename.Sequence > before.Sequence, $"{before.Sequence} -> {afterRename.Sequence}");
        Assert.True(afterMove.Sequence > afterRename.Sequence, $"{afterRename.Sequence} -> {afterMove.Sequence}");
        Assert.Equal(TestTime.Start.AddDays(4).UtcDateTime, afterMove.DtStart!.AsUtc);
    }

    [Fact]
    public async Task Cancelled_StaysInTheFeed_AsCancelled_ThenLeavesIt()
    {
        await using var bot = await CalendarHarness.StartAsync();
        var path = await Feed.IssueAsync(bot);
        var booked = await BookAsync(bot, "Heat", TestTime.Start.AddDays(40));
        var uid = $"session-{booked.Id.Value}@watchbot";

        // The cancel command is another part of the issue: a cancellation is a save that ends the booking Cancelled.
        var store = bot.Host.Services.GetRequiredService<ISessionStore>();
        var current = (await store.GetAsync(booked.Id, CancellationToken.None))!;
        await store.SaveAsync(current with { Phase = SessionPhase.Ended, EndedAt = TestTime.Start, EndReason = EndReason.Cancelled, Revision = current.Revision + 1 }, [], CancellationToken.None);
        var cancelled = Feed.Event(Feed.Parse(await Feed.FetchAsync(bot, path)), uid);
        bot.Time.Advance(TimeSpan.FromDays(31));
        var later = Feed.Parse(await Feed.FetchAsync(bot, path));

        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(current.Revision + 1, cancelled.Sequence);
        Assert.DoesNotContain(later.Events, e => e.Uid == uid);
    }

    [Fact]
    public async Task Reset_RevokesTheOldAddress_AndUnknownAndRevokedAreTheSame404()
    {
        await using var bot = await CalendarHarness.StartAsync();
        var old = await Feed.IssueAsync(bot);
        var shownAgain = await bot.RunAsync("calendar");
        var fresh = await Feed.IssueAsync(bot, "calendar reset");

        using var revoked = await bot.Http.GetAsync(old);
        using var unknown = await bot.Http.GetAsync("/calendar/" + Engine.Calendar.CalendarSecret.New() + ".ics");
        using var malformed = await bot.Http.GetAsync("/calendar/short.ics");
        await Feed.FetchAsync(bot, fresh);

        Assert.IsType<CalendarFeedExists>(shownAgain.Reply);
        Assert.NotEqual(old, fresh);
        foreach (var response in new[] { revoked, unknown, malformed })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
            Assert.Equal(revoked.Content.Headers.ContentType, response.Content.Headers.ContentType);
        }
    }

    [Fact]
    public async Task OnlyModerators_MayShowOrReset_AndTheRefusalSaysWhoMay()
    {
        await using var bot = await CalendarHarness.StartAsync();

        var outcome = await bot.RunAsync("calendar reset", moderator: false);

        var refused = Assert.IsType<Refused>(outcome.Reply);
        Assert.Contains("only a moderator", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("Test:Moderators", refused.Reason, StringComparison.Ordinal);
    }

    private static async Task<WatchSession> BookAsync(CalendarHarness bot, string title, DateTimeOffset at, string extra = "", ChannelAddress? channel = null)
    {
        var typed = $"schedule title:\"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\" at:{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} {extra}";
        var outcome = await bot.RunAsync(typed, moderator: false, channel: channel);
        Assert.NotEmpty(outcome.Announced);
        var store = bot.Host.Services.GetRequiredService<ISessionStore>();
        var scheduled = await store.ListScheduledAsync(channel ?? CalendarHarness.Lounge, CancellationToken.None);
        return scheduled.Single(s => s.ScheduledFor == at);
    }

    private static List<string> Uids(string body) => [.. UidLine().Matches(body).Select(m => m.Value)];

    [GeneratedRegex("(?<!\r)\n")]
    private static partial Regex BareLineFeed();

    [GeneratedRegex(@"^DTSTAMP:\d{8}T\d{6}Z\r$", RegexOptions.Multiline)]
    private static partial Regex DtStamp();

    [GeneratedRegex("^UID:.*$", RegexOptions.Multiline)]
    private static partial Regex UidLine();
}
