using WatchBot.Core.Features.Recaps;

namespace WatchBot.Core.Features.Sessions;

/// <summary>The summary posted when a session ends.</summary>
/// <param name="FinalPosition">Where the media was when it ended.</param>
/// <param name="WatchedFor">Media time actually played: pauses, countdowns and seeks do not count.</param>
/// <param name="ParticipantCount">Everyone who acted on the session (started, readied, drove, reacted, ended).</param>
/// <param name="ReactionCount">All reactions.</param>
/// <param name="TopEmoji">The most used emoji with their counts, most first (at most three).</param>
/// <param name="Highlights">The moments with the most reactions, in media order (at most three).</param>
public sealed record Recap(
    TimeSpan FinalPosition,
    TimeSpan WatchedFor,
    int ParticipantCount,
    int ReactionCount,
    IReadOnlyList<(string Emoji, int Count)> TopEmoji,
    IReadOnlyList<Reaction> Highlights)
{
    /// <summary>Reactions within this window of each other count as one moment.</summary>
    private static readonly TimeSpan MomentWidth = TimeSpan.FromSeconds(30);

    /// <summary>The recap's picture as data (no names); null until <see cref="WithReactions"/>, or when nobody reacted.</summary>
    public RecapChart? Chart { get; init; }

    /// <summary>
    /// The recap as the rules can tell it from the session alone: its reaction count, but not yet
    /// its top emoji and highlights, which need the reactions themselves (<see cref="WithReactions"/>).
    /// </summary>
    public static Recap Of(WatchSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new Recap(session.PositionAt(now), session.Clock.PlayedAt(now), session.Participants.Count, session.Reactions.VisibleCount(session.Kicked), [], []);
    }

    /// <summary>
    /// This recap completed with the session's stored <paramref name="reactions"/>: read once, when
    /// the session ends, after the decision (no command before pays for them).
    /// </summary>
    public Recap WithReactions(IReadOnlyList<Reaction> reactions)
    {
        ArgumentNullException.ThrowIfNull(reactions);
        var topEmoji = reactions
            .GroupBy(r => r.Emoji, StringComparer.Ordinal)
            .Select(g => (Emoji: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Emoji, StringComparer.Ordinal)
            .Take(3)
            .ToList();

        // A highlight is the first reaction of a busy moment; busiest moments first, then shown in media order.
        var highlights = reactions
            .GroupBy(r => (long)(r.Position / MomentWidth))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Take(3)
            .Select(g => g.OrderBy(r => r.Position).First())
            .OrderBy(r => r.Position)
            .ToList();

        return this with { ReactionCount = reactions.Count, TopEmoji = topEmoji, Highlights = highlights, Chart = RecapChart.Of(reactions, FinalPosition) };
    }
}
