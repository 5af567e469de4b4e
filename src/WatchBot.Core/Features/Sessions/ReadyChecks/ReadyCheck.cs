namespace WatchBot.Core.Features.Sessions.ReadyChecks;

/// <summary>
/// A ready check asked for with <c>ready:</c>: GO waits until enough people said ready, or until the
/// deadline passes, or until the host (or a moderator) says go. Stored with its session.
/// </summary>
/// <param name="Count">How many must be ready; null: everyone who said going (<c>ready:all</c>).</param>
/// <param name="Wait">
/// How long the start waits at most: from the <c>start</c> command, or from the booked start of a
/// scheduled session.
/// </param>
/// <param name="Countdown">The countdown once the check lets go (the <c>in:</c> of start, the scheduled lead of a booking).</param>
public sealed record ReadyCheck(int? Count, TimeSpan Wait, TimeSpan Countdown)
{
    /// <summary>When people were first asked to get ready (the start, or a few minutes before a booking); null before.</summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>While the start is held: when it starts anyway. Null while the check is not holding anything yet.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Whether the check waits for everyone going rather than for a number.</summary>
    public bool All => Count is null;
}
