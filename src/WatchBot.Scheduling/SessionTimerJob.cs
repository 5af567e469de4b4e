using Microsoft.Extensions.Logging;
using Quartz;
using WatchBot.Engine.Ports;

namespace WatchBot.Scheduling;

/// <summary>
/// A fired session timer: rebuilds the <see cref="WatchBot.Core.Rules.SessionTimer"/> from the job's
/// strings and hands it to the <see cref="ISessionTimerHandler"/>. No concurrency guard: the handler is
/// idempotent, and that is where a duplicate firing is absorbed.
/// </summary>
/// <remarks>
/// Quartz stores this type's name with every job, so renaming or moving it orphans armed timers.
/// Built by Quartz's DI job factory, in a scope per firing.
/// </remarks>
public sealed class SessionTimerJob(ISessionTimerHandler handler, TimeProvider time, ILogger<SessionTimerJob> logger) : IJob
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

        var sessionId = timer.SessionId.Value;
        var kind = timer.Kind.ToString();
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
            await handler.OnTimerAsync(timer, cancellationToken);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Not rethrown: Quartz would log it again and a one-shot trigger has nothing to retry into.
            Log.HandlerFailed(logger, exception, sessionId, kind);
        }
    }
}
