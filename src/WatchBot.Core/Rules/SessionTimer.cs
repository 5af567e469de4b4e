using System.Diagnostics.CodeAnalysis;
using WatchBot.Core.Kernel;
using WatchBot.Core.Sessions;

namespace WatchBot.Core.Rules;

/// <summary>
/// A session's request to be woken, in the session's own terms: carries ids and the instant it was
/// armed for, nothing else. The instant makes firing idempotent: a timer whose session has moved on
/// (resumed with a new target, ended) finds nothing to do, and a timer that fires twice acts once.
/// The engine arms it as an <see cref="AggregateTimer"/> of kind <see cref="SessionId.AggregateKind"/>.
/// </summary>
/// <param name="SessionId">The session to wake.</param>
/// <param name="Kind">What to do.</param>
/// <param name="Target">The session instant it is about (the countdown target, or the scheduled start).</param>
/// <param name="DueAt">When to fire.</param>
public sealed record SessionTimer(SessionId SessionId, TimerKind Kind, DateTimeOffset Target, DateTimeOffset DueAt)
{
    /// <summary>Every session timer kind's stored name: what disarming a session removes.</summary>
    public static IReadOnlyList<string> KindNames { get; } = [.. Enum.GetValues<TimerKind>().Select(k => k.ToString())];

    public AggregateTimer ToAggregateTimer() => new(SessionId.Aggregate, Kind.ToString(), Target, DueAt);

    /// <summary>The session timer <paramref name="timer"/> is; false when it is another aggregate's or names no session kind.</summary>
    public static bool TryFrom(AggregateTimer timer, [NotNullWhen(true)] out SessionTimer? sessionTimer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        sessionTimer = null;
        if (timer.Aggregate.Kind != SessionId.AggregateKind || !TryParseKind(timer.Kind, out var kind))
        {
            return false;
        }

        sessionTimer = new SessionTimer(new SessionId(timer.Aggregate.Id), kind, timer.Target, timer.DueAt);
        return true;
    }

    // Exactly a kind's name: Enum.TryParse would also take "1" and "Go, BeginCountdown".
    private static bool TryParseKind(string text, out TimerKind kind)
    {
        foreach (var candidate in Enum.GetValues<TimerKind>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
