using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using WatchBot.Core.Kernel;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// Per-channel queues drained by a fixed number of workers: sends in a channel go one at a time and
/// in order (what notifies before what can wait), channels never wait for each other, and a worker takes
/// one send from a channel and then serves the next ready channel, so busy channels share fairly.
/// </summary>
/// <remarks>
/// A channel the platform asked to wait (Retry-After) is parked with its item back in front and no
/// worker: it comes back to the ready list when the wait is over, while other channels carry on.
/// A channel whose next send bypasses the platform's shared ceiling (a GO on a button's token) waits
/// in the express list, served by its own workers: ordinary workers can all be held waiting for that
/// ceiling, and the express sends would otherwise queue behind them. A lane moves to the express
/// list when such a send becomes its next (even out of a park, which was for the other route);
/// its ticket in the other list is then void.
/// </remarks>
internal sealed partial class ChannelQueues : IAsyncDisposable
{
    private readonly Func<OutboundItem, CancellationToken, Task<SendResult>> _send;
    private readonly TimeProvider _time;
    private readonly KitOptions _options;
    private readonly ILogger _logger;
    private readonly string _platform;
    private readonly Lock _lock = new();
    private readonly Dictionary<ChannelAddress, ChannelLane> _lanes = [];
    private readonly Func<OutboundItem, bool> _isExpress;
    private readonly Channel<ReadyTicket> _ready = Channel.CreateUnbounded<ReadyTicket>();
    private readonly Channel<ReadyTicket> _express = Channel.CreateUnbounded<ReadyTicket>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _workers;
    private int _pending;
    private TaskCompletionSource? _idle;

    public ChannelQueues(
        string platform,
        Func<OutboundItem, CancellationToken, Task<SendResult>> send,
        TimeProvider time,
        KitOptions options,
        ILogger logger,
        Func<OutboundItem, bool>? isExpress = null)
    {
        _platform = platform;
        _send = send;
        _time = time;
        _options = options;
        _logger = logger;
        _isExpress = isExpress ?? (_ => false);
        var express = isExpress is null ? 0 : options.ExpressWorkers;
        _workers =
        [
            .. Enumerable.Range(0, options.Workers).Select(_ => Task.Run(() => WorkAsync(_ready.Reader, express: false))),
            .. Enumerable.Range(0, express).Select(_ => Task.Run(() => WorkAsync(_express.Reader, express: true))),
        ];
    }

    /// <summary>Sends queued or in flight, plus open batches (see <see cref="Hold"/>).</summary>
    public int Pending
    {
        get
        {
            lock (_lock)
            {
                return _pending;
            }
        }
    }

    public void Enqueue(OutboundItem item)
    {
        lock (_lock)
        {
            if (!_lanes.TryGetValue(item.Channel, out var lane))
            {
                lane = new ChannelLane(item.Channel);
                _lanes[item.Channel] = lane;
            }

            _pending += lane.Add(item);
            SignalIdle_NeedsLock();
            if (lane.HasWork && !lane.Scheduled)
            {
                lane.Scheduled = true;
                MakeReady_NeedsLock(lane);
            }
            else if (lane.Scheduled && lane.Line != ReadyLine.Express && (lane.Line == ReadyLine.Ordinary || lane.Parked is not null)
                && lane.PeekNext() is { } next && _isExpress(next))
            {
                // Waiting in the ordinary list or parked for a channel route: the express send needs neither.
                lane.Parked?.Dispose();
                lane.Parked = null;
                MakeReady_NeedsLock(lane);
            }
        }
    }

    /// <summary>Counts work that is not queued yet (an open batch) as pending, or lets it go (negative).</summary>
    public void Hold(int delta)
    {
        lock (_lock)
        {
            _pending += delta;
            SignalIdle_NeedsLock();
        }
    }

    /// <summary>Completes once nothing is queued, in flight, parked or gathering in a batch.</summary>
    public Task WaitIdleAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_pending == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _ready.Writer.TryComplete();
        _express.Writer.TryComplete();

        // The token source stays undisposed: a late timer may still read it while shutting down.
        await Task.WhenAll(_workers).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private void SignalIdle_NeedsLock()
    {
        if (_pending == 0 && _idle is { } idle)
        {
            _idle = null;
            idle.TrySetResult();
        }
    }
}
