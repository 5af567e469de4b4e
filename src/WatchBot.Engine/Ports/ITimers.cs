using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>
/// Wakes aggregates at instants, for every feature (Quartz with a persistent store in the host).
/// Timers carry keys and instants only; when one fires, the implementation hands it to the
/// <see cref="Timers.TimerRouter"/>, which calls the <see cref="ITimerHandler"/> of its aggregate kind.
/// </summary>
public interface ITimers
{
    /// <summary>Arms <paramref name="timer"/>, replacing any timer of the same aggregate and kind.</summary>
    Task ArmAsync(AggregateTimer timer, CancellationToken cancellationToken);

    /// <summary>Removes the aggregate's timers of the given <paramref name="kinds"/> (known, so no scan is needed).</summary>
    Task DisarmAsync(AggregateKey aggregate, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken);
}
