using System.Globalization;

namespace WatchBot.Bench.Common;

/// <summary>
/// What this process did during one measurement: GC pauses (count, total, longest, from
/// <see cref="GcPauses"/> and <see cref="GC.GetTotalPauseDuration"/>), collections per generation, and
/// the thread pool sampled every 5 ms (the longest queue of work items, threads at the start and the
/// most seen: new threads mid-run mean the pool was starved and injected them), and the process's
/// CPU time (on a busy machine a steadier figure than latency).
/// </summary>
public sealed class ProcessProbe : IAsyncDisposable
{
    private readonly GcPauses _pauses;
    private readonly int _pausesBefore;
    private readonly TimeSpan _pauseTotalBefore = GC.GetTotalPauseDuration();
    private readonly int[] _collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly int _threadsBefore = ThreadPool.ThreadCount;
    private readonly TimeSpan _cpuBefore = Environment.CpuUsage.TotalTime;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _maxQueued;
    private int _maxThreads;

    public ProcessProbe(GcPauses pauses)
    {
        _pauses = pauses ?? throw new ArgumentNullException(nameof(pauses));
        _pausesBefore = pauses.Snapshot().Count;
        _maxThreads = _threadsBefore;
        _sampling = SampleAsync();
    }

    /// <summary>Stops sampling and says what was seen, on one line.</summary>
    public async Task<string> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        var pauses = _pauses.Snapshot().Skip(_pausesBefore).ToArray();
        var total = GC.GetTotalPauseDuration() - _pauseTotalBefore;
        var cpu = Environment.CpuUsage.TotalTime - _cpuBefore;
        return string.Create(CultureInfo.InvariantCulture,
            $"CPU {cpu.TotalSeconds:F1} s (this process: bot, load and emulator); GC: {pauses.Length} pauses, {total.TotalMilliseconds:F1} ms in all, longest {(pauses.Length == 0 ? 0 : pauses.Max()):F1} ms, over 5 ms {pauses.Count(p => p > 5)}; collections gen0 {GC.CollectionCount(0) - _collectionsBefore[0]} gen1 {GC.CollectionCount(1) - _collectionsBefore[1]} gen2 {GC.CollectionCount(2) - _collectionsBefore[2]}; thread pool: longest queue {_maxQueued}, threads {_threadsBefore} -> max {_maxThreads}");
    }

    private async Task SampleAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                _maxQueued = Math.Max(_maxQueued, ThreadPool.PendingWorkItemCount);
                _maxThreads = Math.Max(_maxThreads, ThreadPool.ThreadCount);
                await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }
}
