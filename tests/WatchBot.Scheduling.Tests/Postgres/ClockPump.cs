namespace WatchBot.Scheduling.Tests.Postgres;

/// <summary>
/// Lets the test clock move while nodes start together. Two schedulers starting at once on an empty
/// database both insert Quartz's first lock rows; the one that loses waits Quartz's retry interval on
/// the scheduler's clock, which is this test's fake clock: left alone, it would wait for ever (the
/// cause of this test's old failures). The pump advances the clock in small steps until the start
/// completes, as time would pass for real instances.
/// </summary>
internal static class ClockPump
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    public static IDisposable Run(FakeTimeProvider time, Task until)
    {
        var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            while (!until.IsCompleted && !stop.IsCancellationRequested)
            {
                // Real time between steps, so the waiting node gets to run; the step is what it waits for.
                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, CancellationToken.None);
                time.Advance(Step);
            }
        });
        return stop;
    }
}
