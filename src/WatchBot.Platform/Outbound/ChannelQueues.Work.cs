using System.Threading.Channels;

namespace WatchBot.Platform.Outbound;

internal sealed partial class ChannelQueues
{
    private async Task WorkAsync(ChannelReader<ReadyTicket> line, bool express)
    {
        try
        {
            await foreach (var ticket in line.ReadAllAsync(_stopping.Token))
            {
                await ServeAsync(ticket, express);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: what is still queued is lost here; the engine's outbox keeps what matters.
        }
    }

    /// <summary>Sends one item of the ticket's lane, then puts the lane back in line, parks it, or lets it go.</summary>
    private async Task ServeAsync(ReadyTicket ticket, bool express)
    {
        var lane = ticket.Lane;
        OutboundItem? item;
        lock (_lock)
        {
            if (ticket.Number != lane.Ticket || lane.Line == ReadyLine.None)
            {
                return;
            }

            // An express worker never waits for the shared ceiling: a lane whose next send would goes back.
            if (express && lane.PeekNext() is { } next && !_isExpress(next))
            {
                MakeReady_NeedsLock(lane);
                return;
            }

            lane.Line = ReadyLine.None;
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

                // The wait is the channel route's: an express send now first (a GO that came meanwhile) need not wait.
                lane.RouteFreeAt = _time.GetUtcNow() + result.RetryAfter;
                if (lane.PeekNext() is { } first && _isExpress(first))
                {
                    MakeReady_NeedsLock(lane);
                }
                else
                {
                    Park_NeedsLock(lane, result.RetryAfter);
                }

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
                ReadyOrParked_NeedsLock(lane);
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

    /// <summary>
    /// Back in line after a send, unless an express send cut the channel route's park short and the
    /// next send takes that route: then it waits out the rest of the park, rather than draw a 429.
    /// </summary>
    private void ReadyOrParked_NeedsLock(ChannelLane lane)
    {
        var rest = lane.RouteFreeAt - _time.GetUtcNow();
        if (rest > TimeSpan.Zero && lane.PeekNext() is { } next && !_isExpress(next))
        {
            Park_NeedsLock(lane, rest);
            return;
        }

        MakeReady_NeedsLock(lane);
    }

    /// <summary>Issues the lane's one valid ticket, in the express list when its next send bypasses the shared ceiling.</summary>
    private void MakeReady_NeedsLock(ChannelLane lane)
    {
        var express = lane.PeekNext() is { } next && _isExpress(next);
        lane.Ticket++;
        lane.Line = express ? ReadyLine.Express : ReadyLine.Ordinary;
        (express ? _express : _ready).Writer.TryWrite(new ReadyTicket(lane, lane.Ticket));
    }

    private void Retire_NeedsLock(ChannelLane lane)
    {
        lane.Scheduled = false;
        lane.Line = ReadyLine.None;
        _lanes.Remove(lane.Channel);
    }

    /// <summary>Keeps the lane (and its order) out of the ready lists until <paramref name="wait"/> is over.</summary>
    private void Park_NeedsLock(ChannelLane lane, TimeSpan wait)
    {
        // Never zero: a timer created already due would fire here, inside the lock.
        var delay = wait > TimeSpan.FromMilliseconds(1) ? wait : TimeSpan.FromMilliseconds(1);
        lane.Parked?.Dispose();
        lane.RouteFreeAt = _time.GetUtcNow() + delay;

        // A park ended early (an express send came) voids this timer: its ticket number is spent.
        var number = ++lane.Ticket;
        lane.Parked = _time.CreateTimer(
            _ =>
            {
                lock (_lock)
                {
                    if (lane.Ticket != number || lane.Parked is null)
                    {
                        return;
                    }

                    lane.Parked.Dispose();
                    lane.Parked = null;
                    MakeReady_NeedsLock(lane);
                }
            },
            null,
            delay,
            Timeout.InfiniteTimeSpan);
    }
}
