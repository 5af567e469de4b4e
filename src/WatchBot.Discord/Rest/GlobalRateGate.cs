namespace WatchBot.Discord.Rest;

/// <summary>
/// Keeps every non-interaction send under the global ceiling: at most N requests in any one-second
/// window (N from <c>Discord:GlobalRequestsPerSecond</c>, below Discord's 50), and nothing at all
/// while a global 429 says to wait.
/// </summary>
internal sealed class GlobalRateGate(TimeProvider time, int perSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<DateTimeOffset> _sent = new();
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits until a request may go, and counts it.</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_sent)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window)
                {
                    _sent.Dequeue();
                }

                if (now < _blockedUntil)
                {
                    wait = _blockedUntil - now;
                }
                else if (_sent.Count < perSecond)
                {
                    _sent.Enqueue(now);
                    return;
                }
                else
                {
                    wait = _sent.Peek() + Window - now;
                }
            }

            await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, time, cancellationToken);
        }
    }

    /// <summary>Once Discord answered with a global 429: everyone waits <paramref name="retryAfter"/>.</summary>
    public void Block(TimeSpan retryAfter)
    {
        lock (_sent)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }
}
