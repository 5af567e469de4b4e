using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Scheduling;

/// <summary>
/// Timers of every aggregate kind as one-shot Quartz triggers in the persistent store: one job per
/// (aggregate, kind), carrying only strings, which runs <see cref="SessionTimerJob"/> when it fires.
/// Writes go through one <see cref="ArmingQueue"/>, which stores the arms waiting together in one transaction.
/// </summary>
public sealed class QuartzSessionTimers : ITimers, IDisposable
{
    private readonly ISchedulerFactory _schedulerFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<QuartzSessionTimers> _logger;
    private readonly IHostApplicationLifetime? _lifetime;
    private readonly ArmingQueue _queue;

    public QuartzSessionTimers(ISchedulerFactory schedulerFactory, TimeProvider timeProvider, ILogger<QuartzSessionTimers> logger, IHostApplicationLifetime? lifetime = null)
    {
        _schedulerFactory = schedulerFactory;
        _timeProvider = timeProvider;
        _logger = logger;
        _lifetime = lifetime;
        _queue = new ArmingQueue(RunningSchedulerAsync);
    }

    public async Task ArmAsync(AggregateTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);

        var job = JobBuilder.Create<SessionTimerJob>()
            .WithIdentity(SessionTimerJobData.JobKeyFor(timer.Aggregate, timer.Kind))
            .UsingJobData(SessionTimerJobData.ToJobDataMap(timer))
            // A firing cut short by a crash runs again at the next start; the handler acts once.
            .RequestRecovery()
            .Build();

        // A due time already past starts now. Stored as it is, a trigger later than the misfire
        // threshold would wait for the misfire handler's next scan (up to a threshold away).
        var now = _timeProvider.GetUtcNow();
        var startAt = timer.DueAt > now ? timer.DueAt : now;

        // FireNow rather than the smart policy spells out what a late one-shot timer does: fire once.
        var trigger = TriggerBuilder.Create(_timeProvider)
            .WithIdentity(SessionTimerJobData.TriggerKeyFor(timer.Aggregate, timer.Kind))
            .ForJob(job)
            .StartAt(startAt)
            .WithSchedule(SimpleScheduleBuilder.Create()
                .WithRepeatCount(0)
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

        // Same keys: the job and its trigger replace the previous timer of this aggregate and kind.
        if (await _queue.ArmAsync(job, trigger, cancellationToken) is null)
        {
            // The host is stopping: start-up recovery arms this timer again from the session itself.
            Log.NotArmedWhileStopping(_logger, timer.Aggregate.ToString(), timer.Kind);
            return;
        }

        Log.TimerArmed(_logger, timer.Aggregate.ToString(), timer.Kind, timer.DueAt);
    }

    public async Task DisarmAsync(AggregateKey aggregate, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken)
    {
        // The keys are known, so no scan of the group: deleting a job removes its trigger with it.
        ArgumentNullException.ThrowIfNull(kinds);
        var keys = kinds.Select(kind => SessionTimerJobData.JobKeyFor(aggregate, kind)).ToArray();
        if (await _queue.DisarmAsync(keys, cancellationToken) is not { } deleted)
        {
            // Nothing fires while stopped, and an ended session's timers find nothing to do later.
            Log.NotArmedWhileStopping(_logger, aggregate.ToString(), "disarm");
            return;
        }

        Log.TimersDisarmed(_logger, aggregate.ToString(), deleted);
    }

    public void Dispose() => _queue.Dispose();

    /// <summary>The scheduler, or null once it has shut down (a one-way state in Quartz).</summary>
    private async Task<IScheduler?> RunningSchedulerAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scheduler = await _schedulerFactory.GetScheduler(cancellationToken);
            return scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown ? null : scheduler;
        }
        catch (SchedulerException) when (_lifetime?.ApplicationStopping.IsCancellationRequested == true)
        {
            // Quartz refuses to hand out a scheduler it has shut down; only expected while stopping.
            return null;
        }
    }
}
