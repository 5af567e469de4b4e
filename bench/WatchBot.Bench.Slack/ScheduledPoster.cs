using WatchBot.Emulators.Slack;

namespace WatchBot.Bench.Slack;

/// <summary>
/// Plays Slack posting the messages queued with chat.scheduleMessage when their <c>post_at</c>
/// comes (the emulator only posts them when told), checking every 100 ms.
/// </summary>
internal sealed class ScheduledPoster : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ScheduledPoster(SlackApiEmulator api) => _loop = RunAsync(api, _stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private static async Task RunAsync(SlackApiEmulator api, CancellationToken stop)
    {
        var clock = TimeProvider.System;
        while (!stop.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            foreach (var (id, body) in api.Scheduled)
            {
                if (body["post_at"]?.GetValue<long>() <= now)
                {
                    api.PostScheduledNow(id);
                }
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), clock, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
