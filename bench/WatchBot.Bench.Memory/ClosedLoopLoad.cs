using System.Globalization;

namespace WatchBot.Bench.Memory;

/// <summary>
/// Sends requests from a fixed number of workers, each waiting for its answer before the next (closed
/// loop). This benchmark measures memory, not latency: on a busy machine an open loop times requests
/// out and leaves fewer live sessions than asked for, so the figures would not be comparable; here every
/// session is started, as fast as the bot acknowledges.
/// </summary>
internal static class ClosedLoopLoad
{
    public static async Task<string> RunAsync(
        string name,
        HttpClient client,
        int total,
        int workers,
        Func<int, HttpRequestMessage> makeRequest,
        Func<HttpResponseMessage, bool> isSuccess)
    {
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        var next = -1;
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));
        var elapsed = time.GetElapsedTime(start);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: {total - failed} acknowledged, {failed} failed, {elapsed.TotalSeconds:F0} s ({total / elapsed.TotalSeconds:F0}/s from {workers} workers)");

        async Task WorkAsync()
        {
            for (var i = Interlocked.Increment(ref next); i < total; i = Interlocked.Increment(ref next))
            {
                using var request = makeRequest(i);
                try
                {
                    using var response = await client.SendAsync(request);
                    await response.Content.LoadIntoBufferAsync();
                    if (isSuccess(response))
                    {
                        continue;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // Counted below: no answer within the client's timeout, or a reset connection.
                }

                Interlocked.Increment(ref failed);
            }
        }
    }
}
