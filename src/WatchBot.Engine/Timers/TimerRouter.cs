using Microsoft.Extensions.Logging;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Timers;

/// <summary>
/// Hands a fired timer to the handler of its aggregate kind. A kind no feature handles (a timer armed
/// by a newer version, or a feature removed) is logged and dropped: it must not stop the scheduler.
/// Two handlers for one kind are a programming error, found when the router is built.
/// </summary>
public sealed class TimerRouter
{
    private readonly Dictionary<string, ITimerHandler> _byKind = new(StringComparer.Ordinal);
    private readonly ILogger<TimerRouter> _logger;

    public TimerRouter(IEnumerable<ITimerHandler> handlers, ILogger<TimerRouter> logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _logger = logger;
        foreach (var handler in handlers)
        {
            if (!_byKind.TryAdd(handler.AggregateKind, handler))
            {
                throw new ArgumentException($"Two timer handlers for aggregate kind '{handler.AggregateKind}'; a kind has exactly one.", nameof(handlers));
            }
        }
    }

    public Task OnTimerAsync(AggregateTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (_byKind.TryGetValue(timer.Aggregate.Kind, out var handler))
        {
            return handler.OnTimerAsync(timer, cancellationToken);
        }

        Log.TimerForUnknownKind(_logger, timer.Aggregate.Kind, timer.Kind);
        return Task.CompletedTask;
    }
}
