using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>
/// What a fired timer of one aggregate kind calls (one handler per kind). Must be safe to call twice
/// for one timer: the second call does nothing.
/// </summary>
public interface ITimerHandler
{
    /// <summary>The <see cref="AggregateKey.Kind"/> whose timers this handles (<c>session</c>).</summary>
    string AggregateKind { get; }

    Task OnTimerAsync(AggregateTimer timer, CancellationToken cancellationToken);
}
