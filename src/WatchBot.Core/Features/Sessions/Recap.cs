using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions;

/// <summary>The summary posted when a session ends, and kept so <c>/watch recap</c> can show it again.</summary>
/// <param name="FinalPosition">Where the media was when it ended.</param>
/// <param name="WatchedFor">Media time actually played: pauses, breaks, countdowns and seeks do not count.</param>
/// <param name="ParticipantCount">Everyone who acted on the session (started, readied, drove, reacted, ended), kicked people aside.</param>
/// <param name="ReactionCount">All reactions shown (not those of kicked people).</param>
/// <param name="Emoji">Every emoji used with its count, most used first.</param>
/// <param name="Moments">The top moments (reactions clustered by position), busiest first (<see cref="RecapMoments"/>).</param>
public sealed record Recap(
    TimeSpan FinalPosition,
    TimeSpan WatchedFor,
    int ParticipantCount,
    int ReactionCount,
    IReadOnlyList<EmojiCount> Emoji,
    IReadOnlyList<RecapMoment> Moments)
{
    /// <summary>Who came, in the order they first acted (names as the platform showed them then).</summary>
    public IReadOnlyList<UserRef> Participants { get; init; } = [];

    /// <summary>The breaks taken, in order; a break still running at the end ends with the session.</summary>
    public IReadOnlyList<BreakTaken> Breaks { get; init; } = [];

    /// <summary>The reactions with their notes in media order, or minute by minute (<see cref="TimelineByMinute"/>).</summary>
    public IReadOnlyList<RecapLine> Timeline { get; init; } = [];

    /// <summary>Whether <see cref="Timeline"/> holds minutes rather than single reactions (a busy evening).</summary>
    public bool TimelineByMinute { get; init; }

    /// <summary>The recap's picture as data (no names); null until <see cref="WithReactions"/>, or when nobody reacted.</summary>
    public RecapChart? Chart { get; init; }

    /// <summary>
    /// The recap as the rules can tell it from the session alone: counts, people, time played and
    /// breaks, but not what needs the reactions themselves (<see cref="WithReactions"/>).
    /// </summary>
    public static Recap Of(WatchSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        var came = session.Participants.Where(p => !session.Kicked.Contains(p.Key)).ToList();
        return new Recap(session.PositionAt(now), session.Clock.PlayedAt(now), came.Count, session.Reactions.VisibleCount(session.Kicked), [], [])
        {
            Participants = came,
            Breaks = [.. session.BreaksTaken.Select(b => b with { EndedAt = b.EndedAt ?? now })],
        };
    }

    /// <summary>
    /// This recap completed with the session's stored <paramref name="reactions"/> (those of kicked people
    /// already left out): read once, when the session ends, after the decision (no command before pays for them).
    /// </summary>
    public Recap WithReactions(IReadOnlyList<Reaction> reactions)
    {
        ArgumentNullException.ThrowIfNull(reactions);
        var (timeline, byMinute) = RecapTimeline.Of(reactions);
        return this with
        {
            ReactionCount = reactions.Count,
            Emoji = EmojiCount.Of(reactions.Select(r => r.Emoji)),
            Moments = RecapMoments.Of(reactions),
            Timeline = timeline,
            TimelineByMinute = byMinute,
            Chart = RecapChart.Of(reactions, FinalPosition),
        };
    }

    // Records compare lists by reference; a recap is compared by what it says (tests, a stored copy read back).
    public bool Equals(Recap? other) =>
        other is not null && FinalPosition == other.FinalPosition && WatchedFor == other.WatchedFor
        && ParticipantCount == other.ParticipantCount && ReactionCount == other.ReactionCount
        && Emoji.SequenceEqual(other.Emoji) && Moments.SequenceEqual(other.Moments) && Participants.SequenceEqual(other.Participants)
        && Breaks.SequenceEqual(other.Breaks) && Timeline.SequenceEqual(other.Timeline) && TimelineByMinute == other.TimelineByMinute
        && Equals(Chart, other.Chart);

    public override int GetHashCode() => HashCode.Combine(FinalPosition, WatchedFor, ParticipantCount, ReactionCount);
}
