using System.Collections.Concurrent;
using Quartz;

namespace WatchBot.Scheduling.Tests.Support;

/// <summary>Records, per job, the exception (or none) each execution ended with, as Quartz saw it.</summary>
internal sealed class JobOutcomeListener : IJobListener
{
    private readonly ConcurrentDictionary<JobKey, TaskCompletionSource<JobExecutionException?>> _outcomes = new();

    public string Name => nameof(JobOutcomeListener);

    /// <summary>Completes with the first execution's exception (null when the job returned normally).</summary>
    public Task<JobExecutionException?> OutcomeAsync(JobKey key) => Slot(key).Task.Budgeted();

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        Slot(context.JobDetail.Key).TrySetResult(jobException);
        return ValueTask.CompletedTask;
    }

    private TaskCompletionSource<JobExecutionException?> Slot(JobKey key) =>
        _outcomes.GetOrAdd(key, _ => new TaskCompletionSource<JobExecutionException?>(TaskCreationOptions.RunContinuationsAsynchronously));
}
