using WatchBot.Core.Sessions;

namespace WatchBot.Core.Rules;

/// <summary>
/// A request to be woken: carries ids and the instant it was armed for, nothing else. The instant
/// makes firing idempotent: a timer whose session has moved on (resumed with a new target, ended)
/// finds nothing to do, and a timer that fires twice acts once.
/// </summary>
/// <param name="SessionId">The session to wake.</param>
/// <param name="Kind">What to do.</param>
/// <param name="Target">The session instant it is about (the countdown target, or the scheduled start).</param>
/// <param name="DueAt">When to fire.</param>
public sealed record SessionTimer(SessionId SessionId, TimerKind Kind, DateTimeOffset Target, DateTimeOffset DueAt);
