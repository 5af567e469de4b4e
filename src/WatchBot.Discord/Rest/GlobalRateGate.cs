namespace WatchBot.Discord.Rest;

/// <summary>
/// Keeps every non-interaction send under the global ceiling of N per second (N from
/// <c>Discord:GlobalRequestsPerSecond</c>, below Discord's 50), and sends nothing while a global 429
/// says to wait. Waiters are served in arrival order.
/// </summary>
/// <remarks>
/// Discord counts a request when it arrives, somewhere between our send and its answer, and the
/// network can bunch arrivals together. So a request holds its slot from the moment it may go until
/// one second after its answer: then any N+1 requests that arrive within one second would all have
/// held a slot at the instant the last of them was sent, which the gate never allows.
/// </remarks>
internal sealed class GlobalRateGate : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly TimeProvider _time;
    private readonly int _perSecond;
    private readonly object _lock = new();
    private readonly Queue<TaskCompletionSource<Slot>> _waiters = new();
    private readonly Queue<DateTimeOffset> _releasedUntil = new();
    private readonly ITimer _wake;
    private int _inFlight;
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    public GlobalRateGate(TimeProvider time, int perSecond)
    {
        _time = time;
        _perSecond = perSecond;
        _wake = time.CreateTimer(_ => Grant(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Slots taken now: requests in flight plus those answered less than a second ago.</summary>
    public int Taken
    {
        get
        {
            lock (_lock)
            {
                Prune(_time.GetUtcNow());
                return _inFlight + _releasedUntil.Count;
            }
        }
    }

    /// <summary>Waits until a request may go. Release the slot when its answer (or failure) is in.</summary>
    public Task<Slot> WaitTurnAsync(CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<Slot>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _waiters.Enqueue(waiter);
        }

        Grant();
        if (waiter.Task.IsCompleted || !cancellationToken.CanBeCanceled)
        {
            return waiter.Task;
        }

        // A cancelled waiter stays queued but completed; Grant skips it.
        var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
        _ = waiter.Task.ContinueWith(_ => registration.Dispose(), TaskScheduler.Default);
        return waiter.Task;
    }

    /// <summary>Once Discord answered with a global 429: nobody goes for <paramref name="retryAfter"/>.</summary>
    public void Block(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = _time.GetUtcNow() + retryAfter;
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }

        Grant();
    }

    public void Dispose() => _wake.Dispose();

    private void Release()
    {
        lock (_lock)
        {
            _inFlight--;
            _releasedUntil.Enqueue(_time.GetUtcNow() + Window);
        }

        Grant();
    }

    /// <summary>Hands free slots to waiters in order, then sets the timer for the next slot to free up.</summary>
    private void Grant()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            Prune(now);
            while (_waiters.Count > 0 && now >= _blockedUntil && _inFlight + _releasedUntil.Count < _perSecond)
            {
                if (_waiters.Dequeue().TrySetResult(new Slot(this)))
                {
                    _inFlight++;
                }
            }

            while (_waiters.Count > 0 && _waiters.Peek().Task.IsCompleted)
            {
                _waiters.Dequeue();
            }

            // With every slot in flight there is nothing to time: the next Release calls Grant.
            DateTimeOffset? next = _waiters.Count == 0 ? null
                : now < _blockedUntil ? _blockedUntil
                : _releasedUntil.Count > 0 ? _releasedUntil.Peek()
                : null;
            _wake.Change(next is { } due ? Max(due - now, TimeSpan.FromMilliseconds(1)) : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_releasedUntil.Count > 0 && _releasedUntil.Peek() <= now)
        {
            _releasedUntil.Dequeue();
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>One request's place under the ceiling; <see cref="Dispose"/> once it is answered.</summary>
    public sealed class Slot(GlobalRateGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
