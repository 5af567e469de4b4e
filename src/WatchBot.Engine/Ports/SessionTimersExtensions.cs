using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;

namespace WatchBot.Engine.Ports;

/// <summary>The session feature's timers in its own terms, over the generic <see cref="ITimers"/>.</summary>
public static class SessionTimersExtensions
{
    public static Task ArmAsync(this ITimers timers, SessionTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timers);
        ArgumentNullException.ThrowIfNull(timer);
        return timers.ArmAsync(timer.ToAggregateTimer(), cancellationToken);
    }

    /// <summary>Removes every timer of the session (it ended or paused).</summary>
    public static Task DisarmAsync(this ITimers timers, SessionId sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timers);
        return timers.DisarmAsync(sessionId.Aggregate, SessionTimer.KindNames, cancellationToken);
    }
}
