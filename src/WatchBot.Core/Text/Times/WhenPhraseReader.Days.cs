using NodaTime;

namespace WatchBot.Core.Text.Times;

// The day part: today, tonight, tomorrow, (this|next) friday, dec 5 [2026], 5[th] [of] december [2026], 2026-12-05.
public static partial class WhenPhraseReader
{
    private const int FirstYear = 2000;

    private const int LastYear = 2200;

    /// <summary>How many tokens from <paramref name="i"/> make a day part (0 when none), recorded in <paramref name="parts"/>.</summary>
    private static int ReadDay(List<PhraseToken> tokens, int i, PhraseParts parts, out string? problem)
    {
        problem = null;
        var word = Word(tokens, i);
        switch (word)
        {
            case "at" or "on" or "the":
                return 1;
            case "today":
                return SetDay(parts, new WhenDay(DayKind.Today), 1, out problem);
            case "tonight":
                return SetDay(parts, new WhenDay(DayKind.Tonight), 1, out problem);
            case "tomorrow" or "tmrw":
                return SetDay(parts, new WhenDay(DayKind.Tomorrow), 1, out problem);
            case "next" or "this" when TimeWords.Weekday(Word(tokens, i + 1)) is { } coming:
                return SetDay(parts, new WhenDay(word == "next" ? DayKind.NextWeekday : DayKind.Weekday, coming), 2, out problem);
        }

        if (TimeWords.Weekday(word) is { } weekday)
        {
            // "fri dec 5": the weekday only checks the date.
            return parts.Day is { Kind: DayKind.Date, Weekday: IsoDayOfWeek.None } date
                ? SetDay(parts, date with { Weekday = weekday }, 1, out problem, replace: true)
                : SetDay(parts, new WhenDay(DayKind.Weekday, weekday), 1, out problem);
        }

        if (PhraseTokenizer.IsIsoDate(word))
        {
            var (y, m, d) = (int.Parse(word[..4], Invariant), int.Parse(word[5..7], Invariant), int.Parse(word[8..], Invariant));
            return Date(parts, m, d, y, 1, word, out problem);
        }

        // dec 5 [2026] / 5 dec [2026] / 5th of december [2026]
        var (month, day, used) = TimeWords.Month(word) is { } m1 && TimeWords.DayOfMonth(Word(tokens, i + 1)) is { } d1
            ? (m1, d1, 2)
            : TimeWords.DayOfMonth(word) is { } d2 && Word(tokens, i + 1) == "of" && TimeWords.Month(Word(tokens, i + 2)) is { } m2
                ? (m2, d2, 3)
                : TimeWords.DayOfMonth(word) is { } d3 && TimeWords.Month(Word(tokens, i + 1)) is { } m3
                    ? (m3, d3, 2)
                    : (0, 0, 0);
        if (used == 0)
        {
            return 0;
        }

        var year = TimeWords.Year(Word(tokens, i + used));
        var typed = string.Join(' ', tokens.Skip(i).Take(year is null ? used : used + 1).Select(t => t.Text));
        return Date(parts, month, day, year, year is null ? used : used + 1, typed, out problem);
    }

    private static int Date(PhraseParts parts, int month, int day, int? year, int used, string typed, out string? problem)
    {
        problem = null;
        if (year is < FirstYear or > LastYear)
        {
            problem = $"\"{typed}\" is not a year I can book";
            return used;
        }

        // Without a year, Feb 29 is fine: its next occurrence is in a leap year.
        var days = month is >= 1 and <= 12 ? CalendarSystem.Iso.GetDaysInMonth(year ?? 2028, month) : 0;
        if (day < 1 || day > days)
        {
            problem = $"there is no \"{typed}\"";
            return used;
        }

        var weekday = parts.Day is { Kind: DayKind.Weekday } alone ? alone.Weekday : IsoDayOfWeek.None;
        return SetDay(parts, new WhenDay(DayKind.Date, weekday, month, day, year), used, out problem, replace: weekday != IsoDayOfWeek.None);
    }

    private static int SetDay(PhraseParts parts, WhenDay day, int used, out string? problem, bool replace = false)
    {
        problem = parts.Day is null || replace ? null : "it names two days";
        parts.Day = day;
        return used;
    }

    // Trailing dots are abbreviations ("dec.", "fri."), except on times ("p.m.") which keep theirs.
    private static string Word(List<PhraseToken> tokens, int i) =>
        i < tokens.Count ? tokens[i].Text.TrimEnd('.') : "";

    private static System.Globalization.CultureInfo Invariant => System.Globalization.CultureInfo.InvariantCulture;
}
