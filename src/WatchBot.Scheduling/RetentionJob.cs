using Microsoft.Extensions.Logging;
using Quartz;
using WatchBot.Engine.Privacy;

namespace WatchBot.Scheduling;

/// <summary>
/// The daily retention pass: carries nothing, calls <see cref="RetentionService"/>. Quartz stores this
/// type's name with the job: keep its name and namespace.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionService retention, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "privacy");

    public static readonly TriggerKey Trigger = new("retention-daily", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await retention.RunAsync(cancellationToken);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Not rethrown: tomorrow's run tries again, and deleting more later loses nothing.
            Log.RetentionFailed(logger, exception);
        }
    }
}
