using CsCheck;
using NodaTime;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;
using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Tests.Text.Times;

/// <summary>
/// Seeded properties: any phrase made of the grammar's parts resolves to an instant whose local time
/// in its zone is the time typed (or is refused only where the clocks skip that time, offering two
/// times that work), and no string whatever makes reading or resolving throw.
/// </summary>
public sealed class PhrasePropertyTests
{
    private const ulong Seed = 20261125;

    private static readonly string[] Zones =
        ["UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo", "Asia/Tokyo"];

    private static readonly string[] Weekdays = ["mon", "tuesday", "wed", "thu", "friday", "sat", "sunday"];

    private static readonly string[] Months = ["jan", "feb", "march", "apr", "may", "june", "jul", "aug", "sep", "october", "nov", "dec"];

    // Any instant from 2024 to 2031, to the minute.
    private static readonly Gen<DateTimeOffset> Nows = Gen.Long[0, 8L * 365 * 24 * 60]
        .Select(m => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(m));

    private static readonly Gen<(int Hour, int Minute, bool Twelve)> Times =
        Gen.Select(Gen.Int[0, 23], Gen.Int[0, 59], Gen.Bool, (h, m, twelve) => (h, m, twelve));

    private static readonly Gen<string> Days = Gen.OneOf(
        Gen.Const(""),
        Gen.OneOf("today", "tonight", "tomorrow"),
        Gen.OneOf(Weekdays),
        Gen.OneOf(Weekdays).Select(d => "next " + d),
        Gen.Select(Gen.OneOf(Months), Gen.Int[1, 28], (m, d) => $"{m} {d}"),
        Gen.Select(Gen.Int[1, 28], Gen.OneOf(Months), (d, m) => $"{d} {m}"));

    [Fact]
    public void AnyPhraseOfTheGrammar_ResolvesToTheTypedLocalTimeInItsZone()
    {
        var cases = Gen.Select(Nows, Days, Times, Gen.OneOf(Zones), Gen.Bool, (now, day, time, zone, named) => (now, day, time, zone, named));
        for (var i = 0; i < 3000; i++)
        {
            var (now, day, (hour, minute, twelve), zone, named) = cases.Generate(new PCG((uint)i, Seed), null, out _);
            var typedTime = LocalTimeText.TimeOfDay(new LocalTime(hour, minute), twelve);
            var phrase = $"{day} {typedTime}{(named ? " " + zone : "")}".Trim();
            var context = $"case {i}: \"{phrase}\" at {now:O} in {zone}";

            var read = WhenPhraseReader.Read(phrase, out var problem);
            Assert.True(read is not null, $"{context}: {problem}");
            var result = ScheduleTime.Of(read).Resolve(now, named ? "UTC" : zone);

            var tz = DateTimeZoneProviders.Tzdb[zone];
            if (result is WhenRefused refused)
            {
                // Only a time the clocks skip is refused, and both times offered exist.
                Assert.Equal(2, refused.Suggestions.Count);
                foreach (var offered in refused.Suggestions)
                {
                    var again = ScheduleTime.Of(WhenPhraseReader.Read(offered, out _)!).Resolve(now, named ? "UTC" : zone);
                    Assert.True(again is WhenResolved, $"{context}: offered \"{offered}\" is refused too");
                }

                continue;
            }

            var when = Assert.IsType<WhenResolved>(result);
            Assert.Equal(zone, when.ZoneId);
            var local = Instant.FromDateTimeOffset(when.Instant).InZone(tz).LocalDateTime;
            Assert.True(local.TimeOfDay == new LocalTime(hour, minute), $"{context}: booked {local}");
            Assert.Equal(local.ToDateTimeUnspecified(), when.Local);
            if (day.Length == 0 || day.StartsWith("next", StringComparison.Ordinal) || Weekdays.Contains(day))
            {
                Assert.True(when.Instant > now, $"{context}: {when.Instant:O} is not after now");
            }
        }
    }

    [Fact]
    public void AnyString_NeverThrows()
    {
        var pieces = Gen.OneOf(
            Gen.String,
            Gen.OneOf("in", "next", "this", "at", "pm", "am", "12:", ":", "+", "-", "Z", "T", "2026-", "/", "5th", "of", "dec", "fri", "Europe/Paris", "utc", "99", "0"),
            Gen.Char.Select(c => c.ToString()));
        var texts = Gen.Select(pieces.Array[0, 8], Gen.Bool, (parts, spaced) => string.Join(spaced ? " " : "", parts));
        for (var i = 0; i < 5000; i++)
        {
            var (text, now) = Gen.Select(texts, Nows).Generate(new PCG((uint)i, Seed), null, out _);
            var parsed = CommandParser.Parse($"/watch schedule title:x at:\"{text.Replace("\"", "", StringComparison.Ordinal)}\"");
            if (parsed.Command is ScheduleCommand schedule)
            {
                Assert.NotNull(schedule.At.Resolve(now, "Europe/Paris"));
                Assert.NotNull(schedule.At.Resolve(now, "America/New_York"));
            }

            if (WhenPhraseReader.Read(text, out _) is { } read)
            {
                Assert.NotNull(ScheduleTime.Of(read).Resolve(now, "Australia/Lord_Howe"));
            }
        }
    }
}
