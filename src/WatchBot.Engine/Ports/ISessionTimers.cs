using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;

namespace WatchBot.Engine.Ports;

/// <summary>
/// Wakes sessions at instants (Quartz with a persistent store in the host). Timers carry ids and
/// instants only; when one fires, the implementation calls <see cref="ISessionTimerHandler"/>.
/// </summary>
public interface ISessionTimers
{
    /// <summary>Arms <paramref name="timer"/>, replacing any timer of the same session and kind.</summary>
    Task ArmAsync(SessionTimer timer, CancellationToken cancellationToken);

    /// <summary>Removes every timer of the session (it ended).</summary>
    Task DisarmAsync(SessionId sessionId, CancellationToken cancellationToken);
}
