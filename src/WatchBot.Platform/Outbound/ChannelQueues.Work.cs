namespace WatchBot.Platform.Outbound;

internal sealed partial class ChannelQueues
{
    private async Task WorkAsync()
    {
        try
        {
            await foreach (var lane in _ready.Reader.ReadAllAsync(_stopping.Token))
            {
                await ServeAsync(lane);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: what is still queued is lost here; the engine's outbox keeps what matters.
        }
    }

    /// <summary>Sends one item of <paramref name="lane"/>, then puts the lane back in line, parks it, or lets it go.</summary>
    private async Task ServeAsync(ChannelLane lane)
    {
        OutboundItem? item;
        lock (_lock)
        {
            item = lane.TakeNext();
            if (item is null)
            {
                Retire_NeedsLock(lane);
                return;
            }
        }

        var result = await SendOneAsync(item);
        lock (_lock)
        {
            if (result.Status == SendStatus.Throttled && lane.Throttles < _options.MaxThrottledRetries)
            {
                lane.Throttles++;
                if (!lane.PutBack(item))
                {
                    _pending--;
                }

                Park_NeedsLock(lane, result.RetryAfter);
                return;
            }

            if (result.Status == SendStatus.Throttled)
            {
                Log.GaveUpThrottled(_logger, _platform, item.Channel.ToString(), item.Kind, lane.Throttles);
            }

            lane.Throttles = 0;
            _pending--;
            if (lane.HasWork)
            {
                _ready.Writer.TryWrite(lane);
            }
            else
            {
                Retire_NeedsLock(lane);
            }

            SignalIdle_NeedsLock();
        }
    }

    private async Task<SendResult> SendOneAsync(OutboundItem item)
    {
        try
        {
            return await _send(item, _stopping.Token);
        }
        catch (Exception ex) when (!_stopping.IsCancellationRequested)
        {
            Log.SendThrew(_logger, ex, _platform, item.Channel.ToString(), item.Kind);
            return SendResult.Failed("exception");
        }
    }

    private void Retire_NeedsLock(ChannelLane lane)
    {
        lane.Scheduled = false;
        _lanes.Remove(lane.Channel);
    }

    /// <summary>Keeps the lane (and its order) out of the ready list until <paramref name="wait"/> is over.</summary>
    private void Park_NeedsLock(ChannelLane lane, TimeSpan wait)
    {
        // Never zero: a timer created already due would fire here, inside the lock.
        var delay = wait > TimeSpan.FromMilliseconds(1) ? wait : TimeSpan.FromMilliseconds(1);
        lane.Parked?.Dispose();
        lane.Parked = _time.CreateTimer(
            _ =>
            {
                lock (_lock)
                {
                    lane.Parked?.Dispose();
                    lane.Parked = null;
                    _ready.Writer.TryWrite(lane);
                }
            },
            null,
            delay,
            Timeout.InfiniteTimeSpan);
    }
}
