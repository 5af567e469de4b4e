using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using WatchBot.Calendar.Tests.Support;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Testing;

namespace WatchBot.Calendar.Tests;

/// <summary>
/// A recurring movie night in the feed: one event with a weekly RRULE, DTSTART with the series' TZID
/// and a VTIMEZONE for it, compared with the RFC 5545 examples (§3.6.5, §3.8.5.3, §4).
/// </summary>
public sealed partial class SeriesFeedTests
{
    private static readonly MovieSeries FilmClub = new()
    {
        Id = new SeriesId("club01"),
        Channel = CalendarHarness.Lounge,
        Title = "Friday Film Club",
        Host = new UserRef("test", "u-alice", "Alice Secretname"),
        TimeZone = "America/New_York",
        LocalTime = new TimeOnly(21, 0),
        FirstDate = new DateOnly(2026, 11, 27),
        Repeat = new Recurrence(RecurrenceKind.Weekly, 2),
        Until = new DateOnly(2027, 4, 2),
        Skipped = [new DateOnly(2026, 12, 11)],
        CreatedAt = TestTime.Start,
        Version = 3,
    };

    [Fact]
    public async Task ASeries_IsServedAsOneRecurringEvent_InItsZone_WithItsVtimezone()
    {
        await using var bot = await CalendarHarness.StartAsync();
        bot.Series.Add(FilmClub);
        var path = await Feed.IssueAsync(bot);

        var body = await Feed.FetchAsync(bot, path);
        var calendar = Feed.Parse(body);

        var night = Feed.Event(calendar, "series-club01@watchbot");
        Assert.Equal("Friday Film Club", night.Summary);
        Assert.Equal(3, night.Sequence);
        Assert.Matches(RuleLine(), body);
        Assert.Contains("RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270403T010000Z;BYDAY=FR\r\n", body, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=America/New_York:20261127T210000\r\n", body, StringComparison.Ordinal);
        Assert.Contains("EXDATE;TZID=America/New_York:20261211T210000\r\n", body, StringComparison.Ordinal);
        Assert.Equal("America/New_York", Assert.Single(calendar.TimeZones).TzId);
        Assert.DoesNotContain("Alice", body, StringComparison.Ordinal);

        // 21:00 New York every other Friday, across the March change to daylight time, skipping 11 December.
        var starts = calendar.GetOccurrences<CalendarEvent>(new CalDateTime(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), "UTC"))
            .Select(o => o.Period.StartTime.AsUtc).ToList();
        Assert.Equal(9, starts.Count);
        Assert.Equal(new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc), starts[0]);
        Assert.DoesNotContain(new DateTime(2026, 12, 12, 2, 0, 0, DateTimeKind.Utc), starts);
        Assert.Equal(new DateTime(2027, 4, 3, 1, 0, 0, DateTimeKind.Utc), starts[^1]);
    }

    [Fact]
    public async Task TheBookedOccurrence_IsTheSeriesInstance_NotASecondEvent()
    {
        await using var bot = await CalendarHarness.StartAsync();
        bot.Series.Add(FilmClub);
        var path = await Feed.IssueAsync(bot);
        var first = FilmClub.FirstDate.ToDateTime(FilmClub.LocalTime);
        var start = new DateTimeOffset(first, TimeSpan.FromHours(-5));
        var store = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Engine.Ports.ISessionStore>(bot.Host.Services);
        await store.SaveAsync(
            new WatchSession
            {
                Id = new SessionId("occ0000001"),
                Channel = CalendarHarness.Lounge,
                Title = "Friday Film Club: Heat",
                Host = FilmClub.Host,
                Phase = SessionPhase.Scheduled,
                Clock = MediaClock.Stopped(TestTime.Start, TimeSpan.FromMinutes(170)),
                ScheduledFor = start,
                CreatedAt = TestTime.Start,
                Occurrence = new SeriesOccurrence(FilmClub.Id, FilmClub.FirstDate),
                TimeZone = FilmClub.TimeZone,
                Revision = 1,
            },
            CancellationToken.None);

        var body = await Feed.FetchAsync(bot, path);
        var calendar = Feed.Parse(body);

        Assert.DoesNotContain("session-occ0000001", body, StringComparison.Ordinal);
        var instance = Assert.Single(calendar.Events, e => e.RecurrenceIdentifier is not null);
        Assert.Equal("series-club01@watchbot", instance.Uid);
        Assert.Equal("Friday Film Club: Heat", instance.Summary);
        Assert.Equal(1, instance.Sequence);
        Assert.Contains("RECURRENCE-ID;TZID=America/New_York:20261127T210000\r\n", body, StringComparison.Ordinal);
        var onThatNight = calendar.GetOccurrences<CalendarEvent>(new CalDateTime(new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc), "UTC"))
            .TakeWhile(o => o.Period.StartTime.AsUtc < new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc)).ToList();
        Assert.Equal("Friday Film Club: Heat", ((CalendarEvent)Assert.Single(onThatNight).Source).Summary);
    }

    [Fact]
    public void OurVtimezone_AndTzidStart_ReadLikeTheRfcMeetingExample()
    {
        // RFC 5545 §4: DTSTART;TZID=America/New_York:19980312T083000 with its VTIMEZONE.
        var rfc = Feed.Parse(Fixtures.Read("calendar_rfc5545_s4_meeting_vtimezone_tzid.ics"));
        var theirs = Assert.Single(rfc.Events);
        var ours = Feed.Parse(CalendarWriter.Write([], [FilmClub with { FirstDate = new DateOnly(1998, 3, 12), LocalTime = new TimeOnly(8, 30), Until = null, Skipped = [] }], TestTime.Start, TimeSpan.FromHours(1)));
        var night = Assert.Single(ours.Events);

        Assert.Equal(theirs.DtStart!.TzId, night.DtStart!.TzId);
        Assert.Equal(theirs.DtStart.Value, night.DtStart.Value);
        Assert.Equal(theirs.DtStart.AsUtc, night.DtStart.AsUtc);
        Assert.Equal(theirs.DtEnd!.AsUtc, night.DtStart.AsUtc + night.Duration!.Value.ToTimeSpanUnspecified());
        Assert.Equal(Assert.Single(rfc.TimeZones).TzId, Assert.Single(ours.TimeZones).TzId);
    }

    [Fact]
    public void OurVtimezoneRules_AreTheRfcsCurrentNewYorkRules()
    {
        // RFC 5545 §3.6.5: STANDARD from the first Sunday of November, DAYLIGHT from the second of March.
        var fragment = Fixtures.Read("calendar_rfc5545_s3.6.5_vtimezone_america_new_york_current_rules.ics");
        var rfc = Assert.Single(Feed.Parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + fragment + "END:VCALENDAR\r\n").TimeZones);
        var ours = Assert.Single(Feed.Parse(CalendarWriter.Write([], [FilmClub], TestTime.Start, TimeSpan.FromHours(2))).TimeZones);

        foreach (var name in new[] { "STANDARD", "DAYLIGHT" })
        {
            var theirs = Assert.Single(rfc.TimeZoneInfos, i => i.Name == name);
            var mine = ours.TimeZoneInfos.Last(i => i.Name == name);
            Assert.Equal(theirs.OffsetFrom!.Offset, mine.OffsetFrom!.Offset);
            Assert.Equal(theirs.OffsetTo!.Offset, mine.OffsetTo!.Offset);
            Assert.Equal(theirs.RecurrenceRule!.ByMonth, mine.RecurrenceRule!.ByMonth);
            Assert.Equal(theirs.RecurrenceRule.ByDay, mine.RecurrenceRule.ByDay);
            Assert.Equal(theirs.DtStart!.Time, mine.DtStart!.Time);
        }
    }

    [Fact]
    public void OurWeeklyRules_HaveTheSyntaxOfTheRfcWeeklyExamples()
    {
        // RFC 5545 §3.8.5.3: every RRULE there is FREQ=WEEKLY with INTERVAL, UNTIL (UTC) or COUNT, WKST, BYDAY.
        var examples = Fixtures.Read("calendar_rfc5545_s3.8.5.3_rrule_weekly_examples.txt").Replace("\n  ", "", StringComparison.Ordinal);
        var rules = RfcRule().Matches(examples).Select(m => new RecurrencePattern(m.Groups[1].Value)).ToList();
        var every2Weeks = rules.Single(r => r.Interval == 2 && r.ByDay.Count == 0);
        var body = CalendarWriter.Write([], [FilmClub with { Until = null, Skipped = [] }], TestTime.Start, TimeSpan.FromHours(2));
        var ours = new RecurrencePattern(RuleLine().Match(body).Groups[1].Value);
        var until = new RecurrencePattern(RuleLine().Match(CalendarWriter.Write([], [FilmClub], TestTime.Start, TimeSpan.FromHours(2))).Groups[1].Value);

        Assert.Equal(7, rules.Count);
        Assert.All(rules, r => Assert.Equal(Ical.Net.FrequencyType.Weekly, r.Frequency));
        Assert.Equal(every2Weeks.Frequency, ours.Frequency);
        Assert.Equal(every2Weeks.Interval, ours.Interval);
        Assert.Equal([new WeekDay(DayOfWeek.Friday)], ours.ByDay);
        Assert.All(rules.Where(r => r.Until is not null).Append(until), r => Assert.True(r.Until!.IsUtc));
    }

    [Theory]
    [InlineData(2026, 12, 4, "BYDAY=1FR")]
    [InlineData(2026, 12, 18, "BYDAY=3FR")]
    [InlineData(2027, 1, 29, "BYDAY=-1FR")]
    public void AMonthlySeries_RepeatsOnItsWeekdayOfTheMonth_AFifthBeingTheLast(int year, int month, int day, string byDay)
    {
        var monthly = FilmClub with { FirstDate = new DateOnly(year, month, day), Repeat = new Recurrence(RecurrenceKind.MonthlyByWeekday), Until = null, Skipped = [] };

        var body = CalendarWriter.Write([], [monthly], TestTime.Start, TimeSpan.FromHours(2));

        Assert.Contains($"RRULE:FREQ=MONTHLY;{byDay}\r\n", body, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^RRULE:(FREQ=WEEKLY[^\r\n]*)", RegexOptions.Multiline)]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"RRULE:(FREQ=[^\s]+)")]
    private static partial Regex RfcRule();
}
