namespace WatchBot.Scheduling.Tests.Support;

/// <summary>
/// The real-time budget of every wait in these tests. Quartz runs on its own threads, so even on a
/// manual clock the test has to wait for them; it waits on a task, never a fixed sleep, and gives up.
/// </summary>
internal static class Within
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(60); // a limit, not an expectation: room for a loaded machine

    public static Task<T> Budgeted<T>(this Task<T> task) => task.WaitAsync(Budget, TimeProvider.System);

    public static Task Budgeted(this Task task) => task.WaitAsync(Budget, TimeProvider.System);

    /// <summary>A token that ends a host's start or stop that hangs.</summary>
    public static CancellationToken Token() => new CancellationTokenSource(Budget, TimeProvider.System).Token;
}
