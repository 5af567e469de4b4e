using Microsoft.Extensions.Logging;

namespace WatchBot.Discord.Gateway;

/// <summary>
/// Spends Discord's identify budget carefully: at most <c>max_concurrency</c> identifies per 5 s
/// (one per bucket <c>shard_id % max_concurrency</c>), and none once <c>session_start_limit.remaining</c>
/// is used up until <c>reset_after</c> has passed — going over resets the bot token. Resumes are free.
/// </summary>
internal sealed class IdentifyGate(IGatewayUrlSource source, TimeProvider time, ILogger logger)
{
    public static readonly TimeSpan ConcurrencyWindow = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly Dictionary<int, DateTimeOffset> _nextSlot = [];
    private int _maxConcurrency = 1;
    private int _remaining = 1;
    private DateTimeOffset _resetAt;

    /// <summary>Takes the budget from a fresh <c>GET /gateway/bot</c>.</summary>
    public void Update(GatewayBotInfo info)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _maxConcurrency = Math.Max(1, info.MaxConcurrency);
            _remaining = info.SessionStartRemaining;

            // A zero wait with nothing left would spin on GET /gateway/bot; wait one window at least.
            _resetAt = now + (info.SessionStartResetAfter > TimeSpan.Zero ? info.SessionStartResetAfter : ConcurrencyWindow);
        }
    }

    /// <summary>Waits until <paramref name="shardId"/> may identify, and spends one identify.</summary>
    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            var refresh = false;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                if (_remaining <= 0)
                {
                    refresh = now >= _resetAt;
                    wait = refresh ? TimeSpan.Zero : _resetAt - now;
                    if (!refresh)
                    {
                        GatewayLog.IdentifyBudgetExhausted(logger, (long)wait.TotalMilliseconds);
                    }
                }
                else
                {
                    var bucket = shardId % _maxConcurrency;
                    var next = _nextSlot.GetValueOrDefault(bucket, DateTimeOffset.MinValue);
                    if (next <= now)
                    {
                        _nextSlot[bucket] = now + ConcurrencyWindow;
                        _remaining--;
                        return;
                    }

                    wait = next - now;
                    GatewayLog.IdentifyWaits(logger, shardId, (long)wait.TotalMilliseconds);
                }
            }

            if (refresh)
            {
                Update(await source.GetGatewayBotAsync(cancellationToken));
                continue;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
