using System.Globalization;

namespace WatchBot.Bench.Common;

/// <summary>
/// What one request costs, whatever else the machine is doing: this process's CPU time and the bytes
/// it allocated over a fixed number of requests to one target alone (closed loop, a few in flight),
/// divided by the count. The load generator's own share (building and signing the requests) is
/// measured apart, so the table can say what the target itself costs. Latency on a busy machine
/// moves with the neighbours; these figures barely do.
/// </summary>
public static class CpuPerRequest
{
    /// <summary>Requests in flight at once: enough to keep both cores busy, few enough not to queue.</summary>
    private const int InFlight = 8;

    /// <summary>Measures each target alone and prints one line per target and one for the generator.</summary>
    public static async Task RunAsync(HttpClient client, IReadOnlyList<LoadTarget> targets, int requests)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(targets);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU and allocations per request, each target alone, {requests} requests, {InFlight} in flight, {Environment.ProcessorCount} cores, {MachineLoad.Now()}"));
        var generator = Generator(targets[0], requests);
        Console.WriteLine(generator.ToString("load generator (build + sign)"));
        foreach (var target in targets)
        {
            var warmUp = Math.Max(200, requests / 10);
            target.Prepare?.Invoke(warmUp);
            await MeasureAsync(client, target, warmUp);

            // Signed ahead when the target can be, so the figure is the sending and the answering.
            target.Prepare?.Invoke(requests);
            var figures = await MeasureAsync(client, target, requests);
            Console.WriteLine(figures.ToString(target.Name) + (target.Prepare is null
                ? string.Create(CultureInfo.InvariantCulture, $"  (less generator: {figures.CpuMicroseconds - generator.CpuMicroseconds,6:F0} µs, {figures.AllocatedBytes - generator.AllocatedBytes,7:F0} B)")
                : "  (signed ahead)"));
        }
    }

    /// <summary>The cost of building and signing requests alone, nothing sent.</summary>
    public static Figures Generator(LoadTarget target, int requests)
    {
        ArgumentNullException.ThrowIfNull(target);
        for (var i = 0; i < Math.Max(200, requests / 10); i++)
        {
            target.MakeRequest(i).Dispose();
        }

        var (cpu, bytes) = Start();
        for (var i = 0; i < requests; i++)
        {
            target.MakeRequest(i).Dispose();
        }

        return Stop(cpu, bytes, requests, 0);
    }

    /// <summary>Sends <paramref name="requests"/> to <paramref name="target"/>, <see cref="InFlight"/> at a time.</summary>
    public static async Task<Figures> MeasureAsync(HttpClient client, LoadTarget target, int requests)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        var next = -1;
        var failed = 0;
        var (cpu, bytes) = Start();
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => Task.Run(WorkerAsync)));
        return Stop(cpu, bytes, requests, failed);

        async Task WorkerAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                using var request = target.MakeRequest(i);
                using var response = await client.SendAsync(request);
                await response.Content.LoadIntoBufferAsync();
                if (!target.IsSuccess(response))
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }
    }

    private static (TimeSpan Cpu, long Bytes) Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return (Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(precise: true));
    }

    private static Figures Stop(TimeSpan cpuBefore, long bytesBefore, int requests, int failed)
    {
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        return new Figures(cpu.TotalMicroseconds / requests, (double)bytes / requests, failed);
    }

    /// <summary>Per request: this process's CPU time (µs) and allocations (bytes); failures should be 0.</summary>
    public sealed record Figures(double CpuMicroseconds, double AllocatedBytes, int Failed)
    {
        public string ToString(string name) => string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-34} CPU {CpuMicroseconds,7:F0} µs/request  allocated {AllocatedBytes,8:F0} B/request  failures {Failed}");
    }
}
