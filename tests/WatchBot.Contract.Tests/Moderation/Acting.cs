using WatchBot.Contract.Tests.Framework;

namespace WatchBot.Contract.Tests.Moderation;

/// <summary>
/// Drives one platform line by line, keeping count of the channel views the engine must have shown:
/// each line says how many views it adds, and the count is waited for (on events) before the next.
/// A line that must add none is proved so by <see cref="SettledAsync"/>, which shows one view more and
/// finds no other.
/// </summary>
internal sealed class Acting(IContractPlatform platform)
{
    public IContractPlatform Platform => platform;

    /// <summary>The channel views the engine must have shown so far.</summary>
    public int Shown { get; private set; }

    /// <summary><paramref name="user"/> sends <paramref name="line"/>, which shows <paramref name="views"/> views; returns the private answer.</summary>
    public async Task<string> SayAsync(string user, string line, int views = 0)
    {
        var answer = await platform.SendAsync(user, line);
        Shown += views;
        await platform.Views.WaitForAsync(Shown);
        return answer;
    }

    /// <summary>Time passes on the host's clock; the timers due meanwhile show <paramref name="views"/> views.</summary>
    public async Task WaitAsync(TimeSpan by, int views = 0)
    {
        platform.Clock.Advance(by);
        Shown += views;
        await platform.Views.WaitForAsync(Shown);
    }

    /// <summary>Restarts the host on the same SQLite files.</summary>
    public async Task RestartAsync()
    {
        await platform.StopAsync();
        await platform.StartAsync();
    }

    /// <summary>
    /// Proves that nothing but the counted views reached the channel: <paramref name="user"/> sends a line
    /// that shows exactly one view (views are shown in order), then exactly the count is there.
    /// </summary>
    public async Task SettledAsync(string user, string line)
    {
        await SayAsync(user, line, views: 1);
        Assert.Equal(Shown, platform.Views.Views.Count);
    }
}
