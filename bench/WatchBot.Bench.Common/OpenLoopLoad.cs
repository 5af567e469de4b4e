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
        var reports = await RunInterleavedAsync(client, [new LoadTarget(name, makeRequest, isSuccess)], ratePerSecond, duration, duration, cancellationToken);
        return reports[0];
    }

    /// <summary>
    /// One schedule at <paramref name="ratePerSecond"/> whose requests go to each target in turn for
    /// a <paramref name="slice"/> at a time, so every target sees the same rate and the same moments'
    /// machine noise (a GC in this process, another program on the cores). Each target is loaded for
    /// <paramref name="perTarget"/> in all; the run lasts that times the number of targets.
    /// </summary>
    public static async Task<IReadOnlyList<LatencyReport>> RunInterleavedAsync(
        HttpClient client,
        IReadOnlyList<LoadTarget> targets,
        int ratePerSecond,
        TimeSpan perTarget,
        TimeSpan slice,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(targets);
        var time = TimeProvider.System;
        var total = (int)(ratePerSecond * perTarget.TotalSeconds) * targets.Count;
        var latencies = targets.Select(_ => new ConcurrentBag<double>()).ToArray();
        var failed = new int[targets.Count];
        var sent = new int[targets.Count];
        var inFlight = new List<Task>(total);
        Prepare(targets, total, ratePerSecond, slice);
        var start = time.GetTimestamp();

        for (var i = 0; i < total; i++)
        {
            var dueTicks = (long)(i * (double)TimeSpan.TicksPerSecond / ratePerSecond);
            var wait = TimeSpan.FromTicks(dueTicks) - time.GetElapsedTime(start);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            var which = Which(i, targets.Count, ratePerSecond, slice);
            var request = targets[which].MakeRequest(sent[which]++);
            inFlight.Add(SendAsync(which, request, dueTicks));
        }

        await Task.WhenAll(inFlight);
        var elapsed = time.GetElapsedTime(start);
        return [.. targets.Select((t, k) => LatencyReport.From(t.Name, ratePerSecond, [.. latencies[k]], failed[k], elapsed / targets.Count))];

        async Task SendAsync(int which, HttpRequestMessage request, long dueTicks)
        {
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);

                // Taken before the answer is judged, so the judge's own parsing is not charged to the target.
                var sinceDue = time.GetElapsedTime(start) - TimeSpan.FromTicks(dueTicks);
                if (targets[which].IsSuccess(response))
                {
                    latencies[which].Add(sinceDue.TotalMilliseconds);
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

            Interlocked.Increment(ref failed[which]);
        }
    }

    /// <summary>The target the <paramref name="i"/>th request of the schedule goes to: each in turn for a slice.</summary>
    private static int Which(int i, int targets, int ratePerSecond, TimeSpan slice) =>
        (int)((long)(i * (double)TimeSpan.TicksPerSecond / ratePerSecond) / slice.Ticks % targets);

    /// <summary>Tells each target how many requests the schedule will give it, before the clock starts.</summary>
    private static void Prepare(IReadOnlyList<LoadTarget> targets, int total, int ratePerSecond, TimeSpan slice)
    {
        var counts = new int[targets.Count];
        for (var i = 0; i < total; i++)
        {
            counts[Which(i, targets.Count, ratePerSecond, slice)]++;
        }

        for (var k = 0; k < targets.Count; k++)
        {
            targets[k].Prepare?.Invoke(counts[k]);
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
