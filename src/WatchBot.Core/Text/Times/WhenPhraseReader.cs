using NodaTime;

namespace WatchBot.Core.Text.Times;

/// <summary>
/// Reads the times people type (the forms are listed on <see cref="Forms"/>): a tokenizer, then a
/// day part, a time part and an optional zone at the end, in either order, each at most once. It only
/// reads: placing the phrase in time (the space's zone, "now", daylight saving) is <see cref="WhenResolver"/>'s.
/// </summary>
public static partial class WhenPhraseReader
{
    /// <summary>What the refusal of an unreadable time lists.</summary>
    public const string Forms =
        "Use 8pm, 20:00, friday 9pm, next fri 21:00, tomorrow 20:00, tonight 9pm, dec 5 8:30pm, 2026-12-05 20:00, "
        + "in 2h or in 90 minutes, optionally followed by a zone (friday 9pm Europe/Paris, … UTC).";

    /// <summary>The phrase, or null with <paramref name="problem"/> saying what is wrong (null when nothing better than "unreadable" can be said).</summary>
    public static WhenPhrase? Read(string text, out string? problem)
    {
        problem = null;
        var tokens = PhraseTokenizer.Split(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        string? zone = null;
        if (tokens.Count > 1 && TimeZoneNames.Find(Original(text, tokens[^1])) is { } found)
        {
            zone = found;
            tokens.RemoveAt(tokens.Count - 1);
        }
        else if (tokens[^1].Text.Any(char.IsAsciiLetter) && tokens[^1].Text.Contains('/', StringComparison.Ordinal)
            && TimeZoneNames.Find(Original(text, tokens[^1])) is null)
        {
            problem = $"I don't know the time zone \"{Excerpt(Original(text, tokens[^1]))}\": name it as in the tz database, like Europe/Paris, America/New_York or UTC";
            return null;
        }

        if (tokens[0].Text == "in")
        {
            return ReadFromNow(tokens.Skip(1).Select(t => t.Text).ToList(), zone, out problem);
        }

        var parts = new PhraseParts();
        for (var i = 0; i < tokens.Count && problem is null; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1].Text : null;
            var used = ReadDay(tokens, i, parts, out problem);
            if (used == 0 && problem is null && ClockTimeReader.Read(tokens[i].Text, next, out var timeWords) is { } clock)
            {
                used = timeWords;
                problem = clock.Problem ?? (parts.Time is null ? null : "it names two times of day");
                parts.Time = clock.Time;
                parts.TimeStart = tokens[i].Start;
                parts.TimeEnd = tokens[i + used - 1].Start + tokens[i + used - 1].Length;
            }

            if (used == 0 && problem is null)
            {
                problem = Unknown(text, tokens[i], last: i > 0 && i == tokens.Count - 1);
            }

            i += Math.Max(used, 1) - 1;
        }

        return problem is null ? Finish(text, parts, zone, out problem) : null;
    }

    private static WhenPhrase? Finish(string text, PhraseParts parts, string? zone, out string? problem)
    {
        problem = null;
        if (parts.Time is not { } time)
        {
            problem = parts.Day is null ? null : $"add a time of day, like \"{text.Trim()} 9pm\"";
            return null;
        }

        var day = parts.Day ?? WhenDay.Next;
        if (day.Weekday != IsoDayOfWeek.None && day.Kind == DayKind.Date && day.Year is { } year
            && new LocalDate(year, day.Month, day.Day).DayOfWeek != day.Weekday)
        {
            problem = $"{LocalTimeText.Date(new LocalDate(year, day.Month, day.Day))} is not a {day.Weekday}";
            return null;
        }

        if (time.Offset is { } offset)
        {
            if (day is not { Kind: DayKind.Date, Year: { } y })
            {
                problem = "an offset (+01:00, Z) goes with a full date, like 2026-12-05T20:00+01:00; a zone name goes at the end (friday 9pm Europe/Paris)";
                return null;
            }

            var local = new LocalDate(y, day.Month, day.Day).At(time.Time);
            return new WhenPhrase(local.WithOffset(offset).ToDateTimeOffset().ToUniversalTime(), null, null, zone);
        }

        var before = text[..parts.TimeStart].TrimStart();
        var after = text[parts.TimeEnd..].TrimEnd();
        return new WhenPhrase(null, null, new LocalWhen(day, time.Time, time.TwelveHour, before, after), zone);
    }

    private static string Unknown(string text, PhraseToken token, bool last)
    {
        var word = Excerpt(Original(text, token));
        if (TimeZoneNames.Find(Original(text, token)) is { } zone)
        {
            return $"say the time before the zone, like \"friday 9pm {zone}\"";
        }

        if (token.Text.Contains('/', StringComparison.Ordinal))
        {
            return $"\"{word}\" reads differently in different countries: write dec 5, 5 dec or 2026-12-05";
        }

        return last && token.Text.All(char.IsAsciiLetter)
            ? $"I don't know \"{word}\" (a time zone is named as in the tz database, like Europe/Paris or UTC)"
            : $"I don't know \"{word}\" here";
    }

    private static string Original(string text, PhraseToken token) => text.Substring(token.Start, token.Length);

    private static string Excerpt(string word) => word.Length <= 40 ? word : word[..40] + "…";

    /// <summary>What the loop has found so far.</summary>
    private sealed class PhraseParts
    {
        public WhenDay? Day { get; set; }

        public ClockTime? Time { get; set; }

        public int TimeStart { get; set; }

        public int TimeEnd { get; set; }
    }
}
