using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>The session answers only the sender sees: nothing to do, a reaction noted, slow down.</summary>
public static class SessionReplies
{
    /// <summary>The command already holds: says so, with the state it holds in (a booking's start, else the position).</summary>
    public static Reply AlreadySo(AlreadySo already)
    {
        ArgumentNullException.ThrowIfNull(already);
        var title = SessionWords.Title(already.Session);

        // What is our own sentence from the rules, but it may name a position or a title someone typed: user text.
        return new Reply(already.Session is { Phase: SessionPhase.Scheduled, ScheduledFor: { } at }
            ? ViewLine.Of($"Nothing to do: {already.What} — {title} starts {at:F} ({at:R}).")
            : ViewLine.Of($"Nothing to do: {already.What} — {title} at {already.Position}."));
    }

    public static Reply ReactionNoted(Reaction reaction)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        return new Reply(ViewLine.Of($"Noted: {SessionWords.Emoji(reaction.Emoji)} at {reaction.Position}."));
    }

    public static Reply ReactionTooSoon(ReactionTooSoon tooSoon)
    {
        ArgumentNullException.ThrowIfNull(tooSoon);
        return new Reply(SessionWords.Merge(ViewLine.Of(
            $"Slow down — one reaction every {SessionWords.Duration(tooSoon.Interval)} each. You can react again in {SessionWords.Duration(tooSoon.Wait)}.").Parts));
    }
}
