using System.Threading.Channels;
using Quartz;

namespace WatchBot.Scheduling;

/// <summary>
/// Timer writes to Quartz's store, one writer at a time, arms batched: every arm waiting when the
/// writer comes round goes in one <see cref="IScheduler.ScheduleJobs"/> (one store transaction, one
/// wake-up of the scheduler thread) instead of one each. Measured under 200 bookings/s (two timers
/// each), one transaction per timer queued for seconds, each blocking a pool thread on SQLite's
/// lock, which starved the threads answering interactions. Requests keep their order: a disarm
/// first writes the arms queued before it. A caller's task ends when its own write is stored.
/// </summary>
internal sealed class ArmingQueue : IDisposable
{
    /// <summary>Arms per transaction at most, so one batch never holds the store's lock for long.</summary>
    private const int MaxBatch = 256;

    private readonly Channel<Write> _writes = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<IScheduler?>> _scheduler;
    private readonly Lazy<Task> _writer;

    /// <param name="scheduler">The running scheduler, or null once it is stopping (the write is then skipped: recovery re-arms).</param>
    public ArmingQueue(Func<CancellationToken, Task<IScheduler?>> scheduler)
    {
        _scheduler = scheduler;
        _writer = new Lazy<Task>(() => Task.Run(WriteAllAsync));
    }

    /// <summary>Stores <paramref name="job"/> with <paramref name="trigger"/>, replacing the same keys; null if the scheduler had stopped.</summary>
    public Task<int?> ArmAsync(IJobDetail job, ITrigger trigger, CancellationToken cancellationToken) =>
        EnqueueAsync(new Write(job, trigger, null), cancellationToken);

    /// <summary>Deletes the jobs (and their triggers) and says how many there were; null if the scheduler had stopped.</summary>
    public Task<int?> DisarmAsync(IReadOnlyCollection<JobKey> keys, CancellationToken cancellationToken) =>
        EnqueueAsync(new Write(null, null, keys), cancellationToken);

    public void Dispose() => _writes.Writer.TryComplete();

    private Task<int?> EnqueueAsync(Write write, CancellationToken cancellationToken)
    {
        if (!_writes.Writer.TryWrite(write))
        {
            return Task.FromResult<int?>(null);
        }

        _ = _writer.Value;
        return write.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAllAsync()
    {
        var batch = new List<Write>(MaxBatch);
        while (await _writes.Reader.WaitToReadAsync())
        {
            while (_writes.Reader.TryPeek(out var next))
            {
                if (next.Disarm is { } keys)
                {
                    await FlushAsync(batch);
                    _writes.Reader.TryRead(out _);
                    await RunAsync(next, async s => (await s.DeleteJobs(keys)).Count);
                    continue;
                }

                _writes.Reader.TryRead(out _);
                batch.Add(next);
                if (batch.Count == MaxBatch)
                {
                    await FlushAsync(batch);
                }
            }

            await FlushAsync(batch);
        }
    }

    /// <summary>One transaction for the batch; if it fails, each arm alone, so one bad timer does not sink the others.</summary>
    private async Task FlushAsync(List<Write> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        // The latest arm of a key wins, as it would one after another.
        var latest = new Dictionary<JobKey, Write>();
        foreach (var write in batch)
        {
            latest[write.Job!.Key] = write;
        }

        var jobs = latest.Values.ToDictionary(w => w.Job!, w => (IReadOnlyCollection<ITrigger>)[w.Trigger!]);
        try
        {
            var scheduler = await _scheduler(CancellationToken.None);
            if (scheduler is not null)
            {
                await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing);
            }

            batch.ForEach(w => w.Done.TrySetResult(scheduler is null ? null : 1));
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var write in latest.Values)
            {
                await RunAsync(write, async s => { await s.ScheduleJob(write.Job!, write.Trigger!, ScheduleJobOptions.Replacing); return 1; });
            }

            // An arm replaced by a later one of its key within the batch ends as that one did.
            foreach (var write in batch.Where(w => !ReferenceEquals(latest[w.Job!.Key], w)))
            {
                _ = latest[write.Job!.Key].Done.Task.ContinueWith(
                    t => write.Done.TrySetResult(t.IsCompletedSuccessfully ? t.Result : null), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (Exception ex)
        {
            // Every failure goes to the callers (each logs its own); the writer itself must go on.
            batch.ForEach(w => w.Done.TrySetException(ex));
        }

        batch.Clear();
    }

    private async Task RunAsync(Write write, Func<IScheduler, Task<int>> action)
    {
        try
        {
            var scheduler = await _scheduler(CancellationToken.None);
            write.Done.TrySetResult(scheduler is null ? null : await action(scheduler));
        }
        catch (Exception ex)
        {
            write.Done.TrySetException(ex);
        }
    }

    private sealed record Write(IJobDetail? Job, ITrigger? Trigger, IReadOnlyCollection<JobKey>? Disarm)
    {
        public TaskCompletionSource<int?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
