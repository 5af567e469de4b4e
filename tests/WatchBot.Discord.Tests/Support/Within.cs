using WatchBot.Emulators;

namespace WatchBot.Discord.Tests.Support;

/// <summary>Bounded polling: waits for a condition with a timeout instead of a fixed sleep.</summary>
internal static class Within
{
    public static async Task<T> AsyncUntil<T>(Func<T> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (timeout ?? EmulatorAssembly.Patience);
        while (true)
        {
            var value = read();
            if (done(value))
            {
                return value;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException("Condition not met in time; last value: " + value);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }
}
