using System.Collections.Immutable;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Polls;

/// <summary>
/// A vote on what a booked session shows: nominations (one per person), then one vote per person,
/// changeable until it closes, at <see cref="ClosesAt"/> or by the host. Closed once: the winner
/// becomes the session's title in the same commit.
/// </summary>
public sealed record MoviePoll
{
    public required PollId Id { get; init; }

    /// <summary>The booked session whose title the winner becomes.</summary>
    public required SessionId Session { get; init; }

    public required ChannelAddress Channel { get; init; }

    public required UserRef OpenedBy { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>When voting ends (the closing timer's target).</summary>
    public required DateTimeOffset ClosesAt { get; init; }

    /// <summary>In the order they were made; numbers are never reused.</summary>
    public ImmutableList<Nomination> Nominations { get; init; } = [];

    /// <summary>Each voter's current choice, by nomination number.</summary>
    public ImmutableDictionary<UserKey, int> Votes { get; init; } = ImmutableDictionary<UserKey, int>.Empty;

    /// <summary>The number the next nomination gets.</summary>
    public int NextNumber { get; init; } = 1;

    /// <summary>Null while voting is open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The winning title once closed; null when nobody voted.</summary>
    public string? Winner { get; init; }

    /// <summary>The version it was read at (0: not stored yet).</summary>
    public long Version { get; init; }

    public bool IsOpen => ClosedAt is null;

    /// <summary>Votes for nomination <paramref name="number"/>.</summary>
    public int VotesFor(int number) => Votes.Values.Count(v => v == number);

    /// <summary>The nomination numbered <paramref name="number"/>, or null.</summary>
    public Nomination? Numbered(int number) => Nominations.Find(n => n.Number == number);
}
