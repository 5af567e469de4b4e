using WatchBot.Scheduling.Tests.Support;

namespace WatchBot.Scheduling.Tests.Postgres;

/// <summary>
/// Waits for a condition only the database can tell (another node's rows), checking it again after
/// each short pause, within the tests' budget. Used where no event exists to wait on.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    public static async Task TrueAsync(Func<Task<bool>> condition)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(Within.Budget.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetTimestamp() < deadline, $"Not true within {Within.Budget}.");
            await Task.Delay(Pause, TimeProvider.System);
        }
    }
}
