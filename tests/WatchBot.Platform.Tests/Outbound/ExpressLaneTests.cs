using WatchBot.Platform.Outbound;
using WatchBot.Platform.Tests.Support;

namespace WatchBot.Platform.Tests.Outbound;

/// <summary>
/// Sends that bypass the platform's shared ceiling (a Discord GO on a button's token) have their own
/// workers: the ordinary ones can all be held waiting for that ceiling, and a GO must not wait behind them.
/// </summary>
public sealed class ExpressLaneTests
{
    [Fact]
    public async Task ExpressSend_GoesWhileEveryOrdinaryWorkerIsHeld()
    {
        await using var kit = new KitUnderTest(new KitOptions { Workers = 1, ExpressWorkers = 1 });
        kit.Messenger.Bypasses = text => text == "GO";
        var ceiling = kit.Messenger.Hold("held");
        await kit.SayAsync("held", "waiting for the ceiling");
        Assert.Equal("waiting for the ceiling", (await kit.Messenger.NextAsync()).Text);

        await kit.SayAsync("other", "behind the held worker");
        await kit.SayAsync("fan", "GO");

        Assert.Equal("GO", (await kit.Messenger.NextAsync()).Text);
        Assert.Empty(kit.CallsIn("other"));
        ceiling.SetResult();
        await kit.IdleAsync();
        Assert.Equal(["post: behind the held worker"], kit.CallsIn("other"));
    }

    [Fact]
    public async Task ChannelWaitingInTheOrdinaryList_MovesToExpress_WhenAGoComes_AndKeepsItsOrder()
    {
        await using var kit = new KitUnderTest(new KitOptions { Workers = 1, ExpressWorkers = 1 });
        kit.Messenger.Bypasses = text => text == "GO";
        var ceiling = kit.Messenger.Hold("held");
        await kit.SayAsync("held", "waiting for the ceiling");
        await kit.Messenger.NextAsync();

        await kit.ShowAsync("a", "session:1", "Counting down");
        await kit.SayAsync("a", "GO");

        Assert.Equal("GO", (await kit.Messenger.NextAsync()).Text);
        ceiling.SetResult();
        await kit.IdleAsync();

        // The card it overtook is sent once, after it, by an ordinary worker.
        Assert.Equal(["post: GO", "post-card: Counting down"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task ChannelParkedForItsRoute_SendsAGoAtOnce_ThenWaitsOutThePark()
    {
        await using var kit = new KitUnderTest(new KitOptions { Workers = 1, ExpressWorkers = 1 });
        kit.Messenger.Bypasses = text => text == "GO";
        var throttled = 0;
        kit.Messenger.Answer = call => call.What == "post-card" && Interlocked.Increment(ref throttled) == 1
            ? SendResult.Throttled(TimeSpan.FromSeconds(30))
            : null;

        await kit.ShowAsync("a", "session:1", "Counting down");
        Assert.Equal("Counting down", (await kit.Messenger.NextAsync()).Text);
        await kit.SayAsync("a", "GO");

        // No time passes: the GO does not wait for the card route's 30 s.
        Assert.Equal("GO", (await kit.Messenger.NextAsync()).Text);
        Assert.Equal(["post-card: Counting down", "post: GO"], kit.CallsIn("a"));

        kit.Time.Advance(TimeSpan.FromSeconds(30));
        await kit.IdleAsync();
        Assert.Equal(["post-card: Counting down", "post: GO", "post-card: Counting down"], kit.CallsIn("a"));
        Assert.Equal(1, kit.Messenger.MaxInFlightPerChannel);
    }

    [Fact]
    public void ExpressWorkers_OutOfRange_IsNamed()
    {
        Assert.Contains("Discord:ExpressWorkers must be between 1 and 64 (was 0).", KitOptionsValidator.Problems(new KitOptions { ExpressWorkers = 0 }, "Discord"));
        Assert.Empty(KitOptionsValidator.Problems(new KitOptions { ExpressWorkers = 64 }, "Discord"));
    }
}
