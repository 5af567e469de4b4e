using Microsoft.Extensions.Hosting;
using Quartz;

namespace WatchBot.Scheduling;

/// <summary>
/// Puts the daily <see cref="RetentionJob"/> in Quartz's persistent store at start, once: a minute
/// after the first start and every 24 hours after that. A trigger already stored is kept, so a
/// restart does not push the next run back.
/// </summary>
internal sealed class RetentionSchedule(ISchedulerFactory schedulers, TimeProvider time) : IHostedService
{
    /// <summary>How long after the first start the first pass runs (the bot settles first).</summary>
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (await scheduler.Exists(RetentionJob.Trigger, cancellationToken))
        {
            return;
        }

        var job = JobBuilder.Create<RetentionJob>().WithIdentity(RetentionJob.Key).Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(RetentionJob.Trigger)
            .StartAt(time.GetUtcNow() + FirstRunAfter)
            .WithSimpleSchedule(s => s.WithInterval(Every).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
