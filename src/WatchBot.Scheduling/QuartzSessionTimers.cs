using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Scheduling;

/// <summary>
/// Timers of every aggregate kind as one-shot Quartz triggers in the persistent store: one job per
/// (aggregate, kind), carrying only strings, which runs <see cref="SessionTimerJob"/> when it fires.
/// At most <see cref="SchedulingOptions.MaxConcurrentTimerChanges"/> changes reach the store at once.
/// </summary>
public sealed class QuartzSessionTimers(
    ISchedulerFactory schedulerFactory,
    TimeProvider timeProvider,
    ILogger<QuartzSessionTimers> logger,
    IHostApplicationLifetime? lifetime = null,
    IOptions<SchedulingOptions>? options = null) : ITimers, IDisposable
{
    // Answers do not wait for timers, so a burst of bookings would otherwise start a change per booking,
    // each holding a pooled connection while it queues for the store's lock: past the pool's size they
    // time out and the timer is lost until a restart. Waiting here costs no connection.
    private readonly SemaphoreSlim _changes = new(options?.Value.MaxConcurrentTimerChanges ?? new SchedulingOptions().MaxConcurrentTimerChanges);

    public async Task ArmAsync(AggregateTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (await RunningSchedulerAsync(cancellationToken) is not { } scheduler)
        {
            // The host is stopping: start-up recovery arms this timer again from the session itself.
            Log.NotArmedWhileStopping(logger, timer.Aggregate.ToString(), timer.Kind);
            return;
        }

        var job = JobBuilder.Create<SessionTimerJob>()
            .WithIdentity(SessionTimerJobData.JobKeyFor(timer.Aggregate, timer.Kind))
            .UsingJobData(SessionTimerJobData.ToJobDataMap(timer))
            // A firing cut short by a crash runs again at the next start; the handler acts once.
            .RequestRecovery()
            .Build();

        // A due time already past starts now. Stored as it is, a trigger later than the misfire
        // threshold would wait for the misfire handler's next scan (up to a threshold away).
        var now = timeProvider.GetUtcNow();
        var startAt = timer.DueAt > now ? timer.DueAt : now;

        // FireNow rather than the smart policy spells out what a late one-shot timer does: fire once.
        var trigger = TriggerBuilder.Create(timeProvider)
            .WithIdentity(SessionTimerJobData.TriggerKeyFor(timer.Aggregate, timer.Kind))
            .ForJob(job)
            .StartAt(startAt)
            .WithSchedule(SimpleScheduleBuilder.Create()
                .WithRepeatCount(0)
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

        // Same keys: the job and its trigger replace the previous timer of this aggregate and kind.
        await _changes.WaitAsync(cancellationToken);
        try
        {
            await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
        }
        finally
        {
            _changes.Release();
        }

        Log.TimerArmed(logger, timer.Aggregate.ToString(), timer.Kind, timer.DueAt);
    }

    public async Task DisarmAsync(AggregateKey aggregate, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken)
    {
        if (await RunningSchedulerAsync(cancellationToken) is not { } scheduler)
        {
            // Nothing fires while stopped, and an ended session's timers find nothing to do later.
            Log.NotArmedWhileStopping(logger, aggregate.ToString(), "disarm");
            return;
        }

        // The keys are known, so no scan of the group: deleting a job removes its trigger with it.
        ArgumentNullException.ThrowIfNull(kinds);
        var keys = kinds.Select(kind => SessionTimerJobData.JobKeyFor(aggregate, kind)).ToArray();
        await _changes.WaitAsync(cancellationToken);
        try
        {
            var deleted = await scheduler.DeleteJobs(keys, cancellationToken);
            Log.TimersDisarmed(logger, aggregate.ToString(), deleted.Count);
        }
        finally
        {
            _changes.Release();
        }
    }

    public void Dispose() => _changes.Dispose();

    /// <summary>The scheduler, or null once it has shut down (a one-way state in Quartz).</summary>
    private async Task<IScheduler?> RunningSchedulerAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            return scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown ? null : scheduler;
        }
        catch (SchedulerException) when (lifetime?.ApplicationStopping.IsCancellationRequested == true)
        {
            // Quartz refuses to hand out a scheduler it has shut down; only expected while stopping.
            return null;
        }
    }
}
