using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>
/// The recap posted when a session ends, built once for every platform: where it ended, time watched
/// together, how many people and reactions, the top emoji and the highlights.
/// </summary>
public static class RecapView
{
    public static Announcement Of(WatchSession session, Recap recap, UserRef? by)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(recap);
        var parts = new List<ViewPart>();
        var who = by is null ? new ViewLine([]) : ViewLine.Of($" by {by}");
        var people = SessionWords.Count(recap.ParticipantCount, "person", "people");
        var reactions = SessionWords.Count(recap.ReactionCount, "reaction", "reactions");
        parts.AddRange(ViewLine.Of($"■ {SessionWords.Title(session)} ended{who} at {recap.FinalPosition}. Watched {recap.WatchedFor} together, {people}, {reactions}").Parts);
        for (var i = 0; i < recap.TopEmoji.Count; i++)
        {
            var (emoji, count) = recap.TopEmoji[i];
            parts.AddRange(ViewLine.Of($"{new TextPart(i == 0 ? ": " : " ")}{SessionWords.Emoji(emoji)}{new TextPart("×")}{count}").Parts);
        }

        for (var i = 0; i < recap.Highlights.Count; i++)
        {
            var highlight = recap.Highlights[i];
            parts.AddRange(ViewLine.Of($"{new TextPart(i == 0 ? ". Highlights: " : ", ")}{SessionWords.Emoji(highlight.Emoji)} at {highlight.Position}").Parts);
        }

        parts.Add(new TextPart("."));
        return new Announcement(SessionWords.Merge(parts));
    }
}
