using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text.Times;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Text.Times;

/// <summary>
/// The phrase table: what <c>/watch schedule at:</c> books for each phrase, read at a fixed "now" in a
/// fixed zone (<see cref="PhraseScenes"/>), through the grammar and the rules as a person would type it.
/// Expected: the instant, written as the local time and offset the booking echoes (<c>!first</c> /
/// <c>!second</c>: one of two 02:30s, and the reply says which); <c>gap: a | b</c>, refused with the two
/// times offered; <c>✗ words</c>, refused saying those words.
/// </summary>
public sealed class PhraseTableTests
{
    public static TheoryData<string, string, string> Table() => new()
    {
        // Bare times: the next time the clock shows them, strictly after now.
        { "paris wed 18:00", "8pm", "2026-11-25 20:00 +01:00" },
        { "paris wed 18:00", "20:00", "2026-11-25 20:00 +01:00" },
        { "paris wed 18:00", "8:30pm", "2026-11-25 20:30 +01:00" },
        { "paris wed 18:00", "8 PM", "2026-11-25 20:00 +01:00" },
        { "paris wed 18:00", "8:30 p.m.", "2026-11-25 20:30 +01:00" },
        { "paris wed 18:00", "at 8pm", "2026-11-25 20:00 +01:00" },
        { "paris wed 18:00", "5pm", "2026-11-26 17:00 +01:00" },
        { "paris wed 18:00", "18:00", "2026-11-26 18:00 +01:00" },
        { "paris wed 18:00", "18:01", "2026-11-25 18:01 +01:00" },
        { "paris wed 18:00", "12am", "2026-11-26 00:00 +01:00" },
        { "paris wed 18:00", "12pm", "2026-11-26 12:00 +01:00" },
        { "paris wed 18:00", "00:00", "2026-11-26 00:00 +01:00" },
        { "paris wed 18:00", "23:59", "2026-11-25 23:59 +01:00" },
        { "utc sun 20:00", "8pm", "2026-11-23 20:00 +00:00" },
        { "utc sun 20:00", "20:30", "2026-11-22 20:30 +00:00" },

        // Weekdays: today's if the time is still ahead, else the coming one; "next" is strictly after today.
        { "paris wed 18:00", "friday 9pm", "2026-11-27 21:00 +01:00" },
        { "paris wed 18:00", "fri 21:00", "2026-11-27 21:00 +01:00" },
        { "paris wed 18:00", "Friday 9 PM", "2026-11-27 21:00 +01:00" },
        { "paris wed 18:00", "fri. 9pm", "2026-11-27 21:00 +01:00" },
        { "paris wed 18:00", "friday at 9pm", "2026-11-27 21:00 +01:00" },
        { "paris wed 18:00", "on friday at 21:00", "2026-11-27 21:00 +01:00" },
        { "paris wed 18:00", "9pm friday", "2026-11-27 21:00 +01:00" },
        { "paris wed 18:00", "this friday 9pm", "2026-11-27 21:00 +01:00" },
        { "paris wed 18:00", "next friday 9pm", "2026-11-27 21:00 +01:00" },
        { "paris wed 18:00", "next fri 21:00", "2026-11-27 21:00 +01:00" },
        { "paris wed 18:00", "wednesday 9pm", "2026-11-25 21:00 +01:00" },
        { "paris wed 18:00", "wed 5pm", "2026-12-02 17:00 +01:00" },
        { "paris wed 18:00", "next wednesday 9pm", "2026-12-02 21:00 +01:00" },
        { "paris wed 18:00", "thurs 20:00", "2026-11-26 20:00 +01:00" },
        { "paris wed 18:00", "tue 20:00", "2026-12-01 20:00 +01:00" },
        { "paris wed 18:00", "mon 8pm", "2026-11-30 20:00 +01:00" },
        { "paris wed 18:00", "sunday 3pm", "2026-11-29 15:00 +01:00" },
        { "paris wed 18:00", "saturday 10:30am", "2026-11-28 10:30 +01:00" },
        { "utc sun 20:00", "sunday 9pm", "2026-11-22 21:00 +00:00" },
        { "utc sun 20:00", "sun 8pm", "2026-11-29 20:00 +00:00" },
        { "utc sun 20:00", "next sunday 9pm", "2026-11-29 21:00 +00:00" },
        { "utc sun 20:00", "next monday 9pm", "2026-11-23 21:00 +00:00" },

        // Today, tonight, tomorrow.
        { "paris wed 18:00", "tomorrow 20:00", "2026-11-26 20:00 +01:00" },
        { "paris wed 18:00", "tomorrow at 8am", "2026-11-26 08:00 +01:00" },
        { "paris wed 18:00", "tonight 9pm", "2026-11-25 21:00 +01:00" },
        { "paris wed 18:00", "tonight 11:30pm", "2026-11-25 23:30 +01:00" },
        { "paris wed 18:00", "tonight 1am", "2026-11-26 01:00 +01:00" },
        { "paris wed 18:00", "today 21:00", "2026-11-25 21:00 +01:00" },
        { "paris wed 18:00", "today 17:00", "✗ Wed 25 Nov 17:00 Europe/Paris has already passed" },
        { "paris wed 22:00", "tonight 9pm", "✗ has already passed" },
        { "paris wed 22:00", "tonight 11pm", "2026-11-25 23:00 +01:00" },
        { "paris wed 22:00", "tonight 1am", "2026-11-26 01:00 +01:00" },
        { "paris wed 22:00", "9pm", "2026-11-26 21:00 +01:00" },
        { "paris wed 22:00", "wed 9pm", "2026-12-02 21:00 +01:00" },
        { "paris thu 00:30", "tonight 1am", "2026-11-26 01:00 +01:00" },
        { "paris thu 00:30", "tonight 9pm", "2026-11-26 21:00 +01:00" },
        { "paris thu 00:30", "tomorrow 20:00", "2026-11-27 20:00 +01:00" },
        { "paris thu 00:30", "1am", "2026-11-26 01:00 +01:00" },

        // Dates: without a year, the next occurrence.
        { "paris wed 18:00", "dec 5 8:30pm", "2026-12-05 20:30 +01:00" },
        { "paris wed 18:00", "5 december 20:30", "2026-12-05 20:30 +01:00" },
        { "paris wed 18:00", "December 5th, 8:30 pm", "2026-12-05 20:30 +01:00" },
        { "paris wed 18:00", "5th of dec 20:30", "2026-12-05 20:30 +01:00" },
        { "paris wed 18:00", "sat dec 5 8:30pm", "2026-12-05 20:30 +01:00" },
        { "paris wed 18:00", "dec 5 2026 20:30", "2026-12-05 20:30 +01:00" },
        { "paris wed 18:00", "8:30pm dec 5", "2026-12-05 20:30 +01:00" },
        { "paris wed 18:00", "nov 25 8pm", "2026-11-25 20:00 +01:00" },
        { "paris wed 18:00", "nov 25 5pm", "2027-11-25 17:00 +01:00" },
        { "paris wed 18:00", "jul 14 22:00", "2027-07-14 22:00 +02:00" },
        { "paris wed 18:00", "2026-12-05 20:00", "2026-12-05 20:00 +01:00" },
        { "paris wed 18:00", "2027-06-01 21:00", "2027-06-01 21:00 +02:00" },
        { "paris mon 28 dec", "jan 2 8pm", "2027-01-02 20:00 +01:00" },
        { "paris mon 28 dec", "2 january 20:00", "2027-01-02 20:00 +01:00" },
        { "paris mon 28 dec", "dec 28 8pm", "2026-12-28 20:00 +01:00" },
        { "paris mon 28 dec", "dec 28 10am", "2027-12-28 10:00 +01:00" },
        { "paris mon 28 dec", "dec 31 11:30pm", "2026-12-31 23:30 +01:00" },
        { "paris mon 28 dec", "jan 1 00:00", "2027-01-01 00:00 +01:00" },
        { "paris mon 28 dec", "friday 9pm", "2027-01-01 21:00 +01:00" },
        { "paris mon 28 dec", "tomorrow 20:00", "2026-12-29 20:00 +01:00" },

        // Instants that say their offset, and offsets from now.
        { "paris wed 18:00", "2026-12-05T20:00Z", "2026-12-05 21:00 +01:00" },
        { "paris wed 18:00", "2026-12-05T20:00:00+02:00", "2026-12-05 19:00 +01:00" },
        { "paris wed 18:00", "2026-12-05 20:00+0100", "2026-12-05 20:00 +01:00" },
        { "paris wed 18:00", "2026-12-05T20:00:00.000-05:00", "2026-12-06 02:00 +01:00" },
        { "paris wed 18:00", "in 2h", "2026-11-25 20:00 +01:00" },
        { "paris wed 18:00", "in 90 minutes", "2026-11-25 19:30 +01:00" },
        { "paris wed 18:00", "in 1h30m", "2026-11-25 19:30 +01:00" },
        { "paris wed 18:00", "in an hour", "2026-11-25 19:00 +01:00" },
        { "paris wed 18:00", "in 2 hours and 15 minutes", "2026-11-25 20:15 +01:00" },
        { "paris wed 18:00", "in 90min", "2026-11-25 19:30 +01:00" },
        { "paris wed 18:00", "in 3 days", "2026-11-28 18:00 +01:00" },
        { "paris before spring", "in 2 days", "2026-03-29 13:00 +02:00" },

        // A zone at the end: the time (and its day) are read there.
        { "paris wed 18:00", "friday 9pm Europe/London", "2026-11-27 21:00 +00:00" },
        { "paris wed 18:00", "friday 9pm europe/london", "2026-11-27 21:00 +00:00" },
        { "paris wed 18:00", "friday 9pm UTC", "2026-11-27 21:00 +00:00" },
        { "paris wed 18:00", "friday 9pm America/New_York", "2026-11-27 21:00 -05:00" },
        { "paris wed 18:00", "8pm Asia/Kolkata", "2026-11-26 20:00 +05:30" },
        { "paris wed 18:00", "tomorrow 9am Asia/Tokyo", "2026-11-27 09:00 +09:00" },
        { "paris wed 18:00", "dec 5 20:00 america/los_angeles", "2026-12-05 20:00 -08:00" },
        { "paris wed 18:00", "in 2h UTC", "2026-11-25 19:00 +00:00" },
        { "utc sun 20:00", "monday 9pm Europe/Paris", "2026-11-23 21:00 +01:00" },

        // Paris springs forward: 02:00–02:59 on Sun 29 Mar does not exist.
        { "paris before spring", "sun 2:30am", "gap: sun 1:59am | sun 3am" },
        { "paris before spring", "sunday 02:30", "gap: sunday 01:59 | sunday 03:00" },
        { "paris before spring", "mar 29 2:30am", "gap: mar 29 1:59am | mar 29 3am" },
        { "paris before spring", "2026-03-29 02:00", "gap: 2026-03-29 01:59 | 2026-03-29 03:00" },
        { "paris before spring", "sun 1:59am", "2026-03-29 01:59 +01:00" },
        { "paris before spring", "sun 3am", "2026-03-29 03:00 +02:00" },
        { "paris before spring", "sun 9pm", "2026-03-29 21:00 +02:00" },
        { "paris before spring", "sat 9pm", "2026-03-28 21:00 +01:00" },
        { "paris before spring", "2026-03-29 02:30 UTC", "2026-03-29 02:30 +00:00" },

        // Paris falls back: 02:00–02:59 on Sun 25 Oct happens twice; the first is taken (and said).
        { "paris before fall", "sun 2:30am", "2026-10-25 02:30 +02:00 !first" },
        { "paris before fall", "oct 25 02:30", "2026-10-25 02:30 +02:00 !first" },
        { "paris before fall", "sun 1:30am", "2026-10-25 01:30 +02:00" },
        { "paris before fall", "sun 3am", "2026-10-25 03:00 +01:00" },
        { "paris before fall", "sun 9pm", "2026-10-25 21:00 +01:00" },
        { "paris 02:40 first pass", "2:30am", "2026-10-25 02:30 +01:00 !second" },
        { "paris 02:40 first pass", "2:50am", "2026-10-25 02:50 +02:00 !first" },
        { "paris 02:40 second pass", "2:50am", "2026-10-25 02:50 +01:00 !second" },
        { "paris 02:40 second pass", "2:30am", "2026-10-26 02:30 +01:00" },

        // New York springs forward on Sun 8 Mar and falls back on Sun 1 Nov.
        { "ny before spring", "sun 2:30am", "gap: sun 1:59am | sun 3am" },
        { "ny before spring", "sunday 02:15", "gap: sunday 01:59 | sunday 03:00" },
        { "ny before spring", "mar 8 2am", "gap: mar 8 1:59am | mar 8 3am" },
        { "ny before spring", "sun 3am", "2026-03-08 03:00 -04:00" },
        { "ny before spring", "sun 8pm", "2026-03-08 20:00 -04:00" },
        { "ny before spring", "sun 8pm Europe/Paris", "2026-03-08 20:00 +01:00" },
        { "ny before fall", "sun 1:30am", "2026-11-01 01:30 -04:00 !first" },
        { "ny before fall", "nov 1 1:30am", "2026-11-01 01:30 -04:00 !first" },
        { "ny before fall", "sun 1am", "2026-11-01 01:00 -04:00 !first" },
        { "ny before fall", "sun 2am", "2026-11-01 02:00 -05:00" },
        { "ny before fall", "sun 12:59am", "2026-11-01 00:59 -04:00" },
        { "ny before fall", "sunday 01:30 UTC", "2026-11-01 01:30 +00:00" },

        // Refusals: what is wrong, and what to type.
        { "paris wed 18:00", "nonsense", "✗ I don't know \"nonsense\"" },
        { "paris wed 18:00", "whenever you like", "✗ I can't read" },
        { "paris wed 18:00", "25:00", "✗ not a time of day" },
        { "paris wed 18:00", "20:75", "✗ not a time of day" },
        { "paris wed 18:00", "13pm", "✗ 1 to 12" },
        { "paris wed 18:00", "feb 30 8pm", "✗ there is no \"feb 30\"" },
        { "paris wed 18:00", "2026-02-30 20:00", "✗ there is no" },
        { "paris wed 18:00", "feb 29 2027 8pm", "✗ there is no" },
        { "paris wed 18:00", "feb 29 8pm", "✗ too far ahead" },
        { "paris wed 18:00", "friday 9pm Mars/Olympus", "✗ I don't know the time zone \"Mars/Olympus\"" },
        { "paris wed 18:00", "friday 9pm paris", "✗ tz database" },
        { "paris wed 18:00", "friday", "✗ add a time of day" },
        { "paris wed 18:00", "friday 9", "✗ morning or evening" },
        { "paris wed 18:00", "12/05 8pm", "✗ reads differently in different countries" },
        { "paris wed 18:00", "friday tomorrow 9pm", "✗ two days" },
        { "paris wed 18:00", "8pm 9pm", "✗ two times" },
        { "paris wed 18:00", "fri dec 5 8:30pm", "✗ 5 Dec 2026 is a Saturday, not a Friday" },
        { "paris wed 18:00", "20:00+01:00", "✗ goes with a full date" },
        { "paris wed 18:00", "2026-11-25T10:00Z", "✗ has already passed" },
        { "paris wed 18:00", "dec 5 1850 8pm", "✗ not a year" },
        { "paris wed 18:00", "in 30 minutes 2 hours", "✗ in 2h30m" },
        { "paris wed 18:00", "in 0h", "✗ has already passed" },
        { "paris wed 18:00", "in", "✗ I can't read" },
        { "paris wed 18:00", "in two hours", "✗ I can't read" },
        { "paris wed 18:00", "in 500 days", "✗ too far ahead" },
        { "paris wed 18:00", "next", "✗ I don't know \"next\"" },
        { "paris wed 18:00", "Europe/Paris", "✗ say the time before the zone" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Schedule_At_BooksWhatThePhraseMeans(string scene, string phrase, string expected)
    {
        var (now, zone) = PhraseScenes.Of(scene);
        var decision = Book(phrase, now, zone, out var parseError);
        if (expected.StartsWith('✗'))
        {
            var said = parseError?.Message ?? Refusal(decision);
            Assert.Contains(expected[2..], said, StringComparison.OrdinalIgnoreCase);
            return;
        }

        if (expected.StartsWith("gap: ", StringComparison.Ordinal))
        {
            var offered = expected[5..].Split(" | ");
            var error = Expect.Invalid(decision!);
            Assert.Contains($"Try {offered[0]} or {offered[1]}.", error.Message, StringComparison.Ordinal);
            Assert.EndsWith($"at:\"{offered[0]}\"", error.Example, StringComparison.Ordinal);
            return;
        }

        Assert.True(parseError is null, $"\"{phrase}\": {parseError?.Message}");
        var booked = Assert.IsType<SessionScheduled>(decision!.ToChannel[0]);
        var wanted = PhraseScenes.At(expected[..23]);
        Assert.Equal(wanted, booked.Session.ScheduledFor);

        // The echo: the local time the table names, in the zone it was read in.
        var echoZone = TimeZoneNames.ZoneOrUtc(booked.Session.TimeZone);
        Assert.Equal(wanted.Offset, echoZone.GetUtcOffset(NodaTime.Instant.FromDateTimeOffset(wanted)).ToTimeSpan());
        var note = booked.Note;
        switch (expected.Length > 23 ? expected[24..] : "")
        {
            case "!first":
                Assert.Contains("I took the first", note, StringComparison.Ordinal);
                break;
            case "!second":
                Assert.Contains("I took the second", note, StringComparison.Ordinal);
                break;
            default:
                Assert.Null(note);
                break;
        }
    }

    [Fact]
    public void Table_HasAtLeastAHundredPhrases() => Assert.True(Table().Count >= 100, $"{Table().Count} phrases");

    /// <summary>The schedule command a person types, decided at <paramref name="now"/> in a space whose zone is <paramref name="zone"/>.</summary>
    internal static Decision? Book(string phrase, DateTimeOffset now, string zone, out CommandError? parseError)
    {
        var parsed = CommandParser.Parse($"/watch schedule title:Film at:\"{phrase}\"");
        parseError = parsed.Error;
        if (!parsed.IsSuccess)
        {
            return null;
        }

        var options = Options();
        options.DefaultTimeZone = zone;
        return SessionRules.Decide(new CommandContext(Channel, Alice, now, null, [], NewId, options), Assert.IsType<ScheduleCommand>(parsed.Command));
    }

    private static string Refusal(Decision? decision) => decision?.Reply switch
    {
        InvalidInput invalid => invalid.Error.Message,
        Refused refused => refused.Reason,
        var other => $"not refused: {other}",
    };
}
