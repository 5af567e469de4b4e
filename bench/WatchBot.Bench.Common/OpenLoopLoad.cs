using System.Collections.Concurrent;

namespace WatchBot.Bench.Common;

/// <summary>
/// Sends requests at a fixed rate regardless of how fast answers come (open loop), the way a
/// platform delivers interactions, and records each latency from the request's due instant.
/// </summary>
public static class OpenLoopLoad
{
    public static async Task<LatencyReport> RunAsync(
        string name,
        HttpClient client,
        Func<int, HttpRequestMessage> makeRequest,
        Func<HttpResponseMessage, bool> isSuccess,
        int ratePerSecond,
        TimeSpan duration,
        CancellationToken cancellationToken = default)
    {
        var time = TimeProvider.System;
        var total = (int)(ratePerSecond * duration.TotalSeconds);
        var latencies = new ConcurrentBag<double>();
        var failed = 0;
        var inFlight = new List<Task>(total);
        var start = time.GetTimestamp();

        for (var i = 0; i < total; i++)
        {
            var dueTicks = (long)(i * (double)TimeSpan.TicksPerSecond / ratePerSecond);
            var wait = TimeSpan.FromTicks(dueTicks) - time.GetElapsedTime(start);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            var request = makeRequest(i);
            inFlight.Add(SendAsync(request, dueTicks));
        }

        await Task.WhenAll(inFlight);
        var elapsed = time.GetElapsedTime(start);
        return LatencyReport.From(name, ratePerSecond, [.. latencies], failed, elapsed);

        async Task SendAsync(HttpRequestMessage request, long dueTicks)
        {
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (isSuccess(response))
                {
                    var sinceDue = time.GetElapsedTime(start) - TimeSpan.FromTicks(dueTicks);
                    latencies.Add(sinceDue.TotalMilliseconds);
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Counted below: a refused or reset connection, or no answer within the client's timeout, is a failed acknowledgement.
            }
            finally
            {
                request.Dispose();
            }

            Interlocked.Increment(ref failed);
        }
    }

    /// <summary>A client for loopback load: many connections, no proxy, no decompression.</summary>
    public static HttpClient LoopbackClient() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        UseProxy = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
}
