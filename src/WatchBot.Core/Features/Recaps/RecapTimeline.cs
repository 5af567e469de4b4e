using WatchBot.Core.Features.Sessions;

namespace WatchBot.Core.Features.Recaps;

/// <summary>The recap's timeline: every reaction with its note, or one line per minute when the evening was busy.</summary>
public static class RecapTimeline
{
    /// <summary>More reactions than this and the timeline is told minute by minute (a recap is read, not scrolled).</summary>
    public const int MaxSingleLines = 12;

    /// <summary>Notes kept per minute; the rest are counted.</summary>
    public const int NotesPerMinute = 3;

    /// <summary>The lines for <paramref name="reactions"/>, in media order, and whether they are minutes.</summary>
    public static (IReadOnlyList<RecapLine> Lines, bool ByMinute) Of(IReadOnlyList<Reaction> reactions)
    {
        ArgumentNullException.ThrowIfNull(reactions);
        var ordered = reactions.OrderBy(r => r.Position).ThenBy(r => r.Sequence).ToList();
        if (ordered.Count <= MaxSingleLines)
        {
            return ([.. ordered.Select(r => new RecapLine(r.Position, [new EmojiCount(r.Emoji, 1)], NotesOf([r])))], false);
        }

        var minutes = ordered
            .GroupBy(r => (long)r.Position.TotalMinutes)
            .Select(g =>
            {
                var notes = NotesOf(g);
                return new RecapLine(
                    TimeSpan.FromMinutes(g.Key),
                    EmojiCount.Of(g.Select(r => r.Emoji)),
                    [.. notes.Take(NotesPerMinute)],
                    Math.Max(0, notes.Count - NotesPerMinute));
            });
        return ([.. minutes], true);
    }

    private static List<string> NotesOf(IEnumerable<Reaction> reactions) =>
        [.. reactions.Select(r => r.Note).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!)];
}
