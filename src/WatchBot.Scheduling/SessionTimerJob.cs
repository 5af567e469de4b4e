using Microsoft.Extensions.Logging;
using Quartz;
using WatchBot.Engine.Timers;

namespace WatchBot.Scheduling;

/// <summary>
/// A fired timer of any aggregate kind: rebuilds the <see cref="WatchBot.Core.Kernel.AggregateTimer"/> from
/// the job's strings and hands it to the <see cref="TimerRouter"/>, which calls its kind's handler. No
/// concurrency guard: handlers are idempotent, and that is where a duplicate firing is absorbed.
/// </summary>
/// <remarks>
/// Quartz stores this type's name with every job, so renaming or moving it orphans armed timers: it
/// keeps its session-era name although it now runs every aggregate kind's timers.
/// Built by Quartz's DI job factory, in a scope per firing.
/// </remarks>
public sealed class SessionTimerJob(TimerRouter router, TimeProvider time, ILogger<SessionTimerJob> logger) : IJob
{
    /// <summary>The most a firing is held back to its due time; anything earlier is not Quartz's lead time.</summary>
    private static readonly TimeSpan MaxEarly = TimeSpan.FromSeconds(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!SessionTimerJobData.TryRead(context.JobDetail.JobDataMap, out var timer))
        {
            // Throwing would only make Quartz log and forget it too; a bad row must not stop the scheduler.
            Log.MalformedJobData(logger, context.JobDetail.Key.ToString());
            return;
        }

        var sessionId = timer.Aggregate.ToString();
        var kind = timer.Kind;
        Log.TimerFired(logger, sessionId, kind, context.Recovering);

        // Quartz releases a trigger when it is within a couple of milliseconds of its time. A GO
        // announced even that early would fall in the second before the one people were told.
        var early = timer.DueAt - time.GetUtcNow();
        if (early > TimeSpan.Zero && early <= MaxEarly)
        {
            await Task.Delay(early, time, cancellationToken);
        }

        try
        {
            await router.OnTimerAsync(timer, cancellationToken);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Not rethrown: Quartz would log it again and a one-shot trigger has nothing to retry into.
            Log.HandlerFailed(logger, exception, sessionId, kind);
        }
    }
}
