using Quartz;

namespace WatchBot.Scheduling.Tests.Support;

/// <summary>Completes when the scheduler has started; its loop then runs on the scheduler's clock.</summary>
internal sealed class StartedListener : ISchedulerListener
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => nameof(StartedListener);

    public Task Started => _started.Task.Budgeted();

    public ValueTask SchedulerStarted(IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        _started.TrySetResult();
        return ValueTask.CompletedTask;
    }
}
