using WatchBot.Emulators;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// Waits for a condition over what an emulator recorded (the emulators raise no events): checks it
/// every few milliseconds until it holds, and fails after the emulators' patience. Never a fixed wait.
/// </summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, Func<string> failure)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(failure);
        var deadline = TimeProvider.System.GetUtcNow() + EmulatorAssembly.Patience;
        while (!condition())
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail(failure());
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }
}
