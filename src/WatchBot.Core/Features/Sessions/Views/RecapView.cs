using WatchBot.Core.Features.Recaps.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>
/// The recap posted when a session ends, built once for every platform: where it ended, time watched
/// together, how many people and reactions, then who came, every emoji, the top moments, the breaks
/// and the timeline (<see cref="RecapSections"/>), all within one message on every platform.
/// </summary>
public static class RecapView
{
    public static Announcement Of(WatchSession session, Recap recap, UserRef? by)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new Announcement(Lines(SessionWords.Title(session), recap, by, []));
    }

    /// <summary>The recap's lines after <paramref name="before"/> (a reply's heading), which share its budget.</summary>
    public static IReadOnlyList<ViewLine> Lines(UserTextPart title, Recap recap, UserRef? by, IReadOnlyList<ViewLine> before)
    {
        ArgumentNullException.ThrowIfNull(recap);
        ArgumentNullException.ThrowIfNull(before);
        var who = by is null ? new ViewLine([]) : ViewLine.Of($" by {by}");
        var people = SessionWords.Count(recap.ParticipantCount, "person", "people");
        var reactions = SessionWords.Count(recap.ReactionCount, "reaction", "reactions");
        var first = SessionWords.Merge(ViewLine.Of($"■ {title} ended{who} at {recap.FinalPosition}. Watched {recap.WatchedFor} together, {people}, {reactions}.").Parts);
        List<ViewLine> lines = [.. before, first];
        lines.AddRange(RecapSections.Of(recap, RecapBudget.MaxLength - RecapBudget.Of(lines)));
        return lines;
    }
}
