using System.Globalization;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Recaps.Views;

/// <summary>
/// The parts of a recap below its first line: who came, every emoji, the top moments, the breaks and
/// the timeline. Lists are cut politely ("…and N more") so the whole fits <see cref="RecapBudget"/>.
/// </summary>
public static class RecapSections
{
    private const int MaxPeople = 15;
    private const int MaxEmoji = 20;
    private const int MaxBreaks = 5;

    /// <summary>The most one list line may take (<see cref="RecapBudget"/>): a quarter of the message.</summary>
    private const int MaxListLength = RecapBudget.MaxLength / 4;

    /// <summary>The lines after the first, every one that is not empty, the timeline filling what the budget leaves.</summary>
    public static IReadOnlyList<ViewLine> Of(Recap recap, int budgetLeft)
    {
        ArgumentNullException.ThrowIfNull(recap);
        var lines = new List<ViewLine>();
        if (recap.Participants.Count > 0)
        {
            lines.Add(Listed("👥 Who came: ", [.. recap.Participants.Select(p => One(new PersonPart(p)))], MaxPeople, ", "));
        }

        if (recap.Emoji.Count > 0)
        {
            lines.Add(Listed("Reactions: ", [.. recap.Emoji.Select(Counted)], MaxEmoji, " "));
        }

        if (recap.Moments.Count > 0)
        {
            lines.Add(Listed("🏆 Top moments: ", [.. recap.Moments.Select(Moment)], recap.Moments.Count, ", "));
        }

        if (recap.Breaks.Count > 0)
        {
            List<IReadOnlyList<ViewPart>> breaks = [.. recap.Breaks.Select(b => ViewLine.Of($"at {b.Position} ({Minutes((b.EndedAt ?? b.StartedAt) - b.StartedAt)})").Parts)];
            lines.Add(Listed($"☕ {SessionWords.Count(recap.Breaks.Count, "break", "breaks").Value}: ", breaks, MaxBreaks, ", "));
        }

        if (recap.Timeline.Count > 0)
        {
            lines.AddRange(Timeline(recap, budgetLeft - RecapBudget.Of(lines)));
        }

        return lines;
    }

    private static List<ViewLine> Timeline(Recap recap, int budget)
    {
        var heading = new ViewLine([new TextPart(recap.TimelineByMinute ? "🕒 Minute by minute:" : "🕒 Timeline:")]);
        var shown = new List<ViewLine> { heading };
        var used = RecapBudget.Of(heading);
        const int moreLineCost = 24;
        for (var i = 0; i < recap.Timeline.Count; i++)
        {
            var line = recap.TimelineByMinute ? Minute(recap.Timeline[i]) : Single(recap.Timeline[i]);
            var cost = RecapBudget.Of(line);
            var last = i == recap.Timeline.Count - 1;
            if (used + cost + (last ? 0 : moreLineCost) > budget)
            {
                if (shown.Count == 1)
                {
                    // Not even one line fits: say so rather than drop the timeline without a word.
                    return [ViewLine.Of($"🕒 Timeline: {recap.Timeline.Count} lines, too long to show here")];
                }

                var more = recap.Timeline.Count - i;
                shown.Add(ViewLine.Of($"…and {more} more"));
                return shown;
            }

            shown.Add(line);
            used += cost;
        }

        return shown;
    }

    /// <summary>"😂 at 1:12:33 — note".</summary>
    private static ViewLine Single(RecapLine line)
    {
        var parts = new List<ViewPart> { SessionWords.Emoji(line.Emoji[0].Emoji), new TextPart(" at "), new PositionPart(line.At) };
        parts.AddRange(Notes(line));
        return SessionWords.Merge(parts);
    }

    /// <summary>"1:12 😂×4 🔥×2 — note · note (+2)".</summary>
    private static ViewLine Minute(RecapLine line)
    {
        var parts = new List<ViewPart> { new TextPart(string.Create(CultureInfo.InvariantCulture, $"{(int)line.At.TotalHours}:{line.At.Minutes:00}")) };
        foreach (var emoji in line.Emoji)
        {
            parts.Add(new TextPart(" "));
            parts.AddRange(Counted(emoji));
        }

        parts.AddRange(Notes(line));
        if (line.MoreNotes > 0)
        {
            parts.Add(new TextPart($" (+{line.MoreNotes})"));
        }

        return SessionWords.Merge(parts);
    }

    private static List<ViewPart> Notes(RecapLine line)
    {
        var parts = new List<ViewPart>();
        for (var i = 0; i < line.Notes.Count; i++)
        {
            parts.Add(new TextPart(i == 0 ? " — " : " · "));
            parts.Add(new UserTextPart(Shortened(line.Notes[i])));
        }

        return parts;
    }

    private static string Shortened(string note)
    {
        var info = new StringInfo(note);
        return info.LengthInTextElements <= RecapBudget.MaxNoteLength ? note : info.SubstringByTextElements(0, RecapBudget.MaxNoteLength - 1) + "…";
    }

    private static IReadOnlyList<ViewPart> One(ViewPart part) => [part];

    private static IReadOnlyList<ViewPart> Counted(EmojiCount emoji) => [SessionWords.Emoji(emoji.Emoji), new TextPart(string.Create(CultureInfo.InvariantCulture, $"×{emoji.Count}"))];

    /// <summary>"0:01:02 😂×3 🔥×1": where a moment began and its three most used emoji.</summary>
    private static IReadOnlyList<ViewPart> Moment(RecapMoment moment)
    {
        var parts = new List<ViewPart> { new PositionPart(moment.At) };
        foreach (var emoji in moment.Emoji.Take(3))
        {
            parts.Add(new TextPart(" "));
            parts.AddRange(Counted(emoji));
        }

        return parts;
    }

    private static string Minutes(TimeSpan length) =>
        length < TimeSpan.FromMinutes(1) ? "under a minute" : string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Round(length.TotalMinutes)} min");

    /// <summary>
    /// A labelled list of at most <paramref name="max"/> items and <see cref="MaxListLength"/> (so long
    /// names leave room for the timeline); the rest counted: "…and N more".
    /// </summary>
    private static ViewLine Listed(string label, List<IReadOnlyList<ViewPart>> items, int max, string separator)
    {
        var parts = new List<ViewPart> { new TextPart(label) };
        var shown = 0;
        while (shown < Math.Min(max, items.Count))
        {
            List<ViewPart> next = shown == 0 ? [.. items[shown]] : [new TextPart(separator), .. items[shown]];
            if (shown > 0 && RecapBudget.Of(new ViewLine([.. parts, .. next])) > MaxListLength)
            {
                break;
            }

            parts.AddRange(next);
            shown++;
        }

        if (items.Count > shown)
        {
            parts.Add(new TextPart($" …and {items.Count - shown} more"));
        }

        return SessionWords.Merge(parts);
    }
}
