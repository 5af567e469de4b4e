using WatchBot.Platform.Outbound;
using WatchBot.Platform.Tests.Support;

namespace WatchBot.Platform.Tests.Outbound;

public sealed class ChannelQueuesTests
{
    [Fact]
    public async Task Sends_InOneChannel_GoOneAtATimeInOrder()
    {
        await using var kit = new KitUnderTest(new KitOptions { Workers = 8 });
        for (var i = 1; i <= 6; i++)
        {
            await kit.SayAsync("a", $"line {i}");
        }

        await kit.IdleAsync();

        Assert.Equal([.. Enumerable.Range(1, 6).Select(i => $"post: line {i}")], kit.CallsIn("a"));
        Assert.Equal(1, kit.Messenger.MaxInFlightPerChannel);
    }

    [Fact]
    public async Task Announcement_GoesBeforeACardEditStillWaiting()
    {
        await using var kit = new KitUnderTest();
        var release = kit.Messenger.Hold("a");
        await kit.SayAsync("a", "first");
        Assert.Equal("first", (await kit.Messenger.NextAsync()).Text);

        await kit.ShowAsync("a", "session:1", "Counting down");
        await kit.SayAsync("a", "GO");
        release.SetResult();
        await kit.IdleAsync();

        Assert.Equal(["post: first", "post: GO", "post-card: Counting down"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task Card_StillWaiting_IsReplacedByItsNewerState()
    {
        await using var kit = new KitUnderTest();
        var release = kit.Messenger.Hold("a");
        await kit.ShowAsync("a", "session:1", "state 1");
        await kit.Messenger.NextAsync();

        await kit.ShowAsync("a", "session:1", "state 2");
        await kit.ShowAsync("a", "session:2", "other card");
        await kit.ShowAsync("a", "session:1", "state 3");
        release.SetResult();
        await kit.IdleAsync();

        // The state in flight goes; of the waiting ones only the newest, in the first one's place.
        Assert.Equal(["post-card: state 1", "edit-card: state 3", "post-card: other card"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task SlowChannel_DoesNotDelayAnother()
    {
        await using var kit = new KitUnderTest(new KitOptions { Workers = 2 });
        var release = kit.Messenger.Hold("slow");
        await kit.SayAsync("slow", "stuck");
        await kit.SayAsync("slow", "behind it");
        await kit.Messenger.NextAsync();

        await kit.SayAsync("fast", "one");
        await kit.SayAsync("fast", "two");
        Assert.Equal("one", (await kit.Messenger.NextAsync()).Text);
        Assert.Equal("two", (await kit.Messenger.NextAsync()).Text);

        Assert.Equal(["post: stuck"], kit.CallsIn("slow"));
        release.SetResult();
        await kit.IdleAsync();
        Assert.Equal(["post: stuck", "post: behind it"], kit.CallsIn("slow"));
    }

    [Fact]
    public async Task Workers_AreBounded()
    {
        await using var kit = new KitUnderTest(new KitOptions { Workers = 2 });
        var holds = new[] { kit.Messenger.Hold("a"), kit.Messenger.Hold("b"), kit.Messenger.Hold("c") };
        await kit.SayAsync("a", "a");
        await kit.SayAsync("b", "b");
        await kit.SayAsync("c", "c");
        await kit.Messenger.NextAsync();
        await kit.Messenger.NextAsync();

        Assert.Equal(2, kit.Messenger.Calls.Count);
        holds[0].SetResult();
        holds[1].SetResult();
        holds[2].SetResult();
        await kit.IdleAsync();
        Assert.Equal(3, kit.Messenger.Calls.Count);
        Assert.Equal(2, kit.Messenger.MaxInFlight);
    }

    [Fact]
    public async Task ThrottledChannel_IsParkedUntilRetryAfter_WhileOthersUseTheWorker()
    {
        // One worker: if a throttled channel kept it, nothing else could go.
        await using var kit = new KitUnderTest(new KitOptions { Workers = 1 });
        var throttled = 0;
        kit.Messenger.Answer = call => call.Channel.ChannelId == "busy" && Interlocked.Increment(ref throttled) == 1
            ? SendResult.Throttled(TimeSpan.FromSeconds(30))
            : null;

        await kit.SayAsync("busy", "GO");
        await kit.SayAsync("busy", "after GO");
        await kit.Messenger.NextAsync();
        await kit.SayAsync("quiet", "hello");
        Assert.Equal("hello", (await kit.Messenger.NextAsync()).Text);
        Assert.Equal(["post: GO"], kit.CallsIn("busy"));

        // One worker serves ready channels in turn: had the wait ended, the retry would come before the marker.
        kit.Time.Advance(TimeSpan.FromSeconds(29));
        await kit.SayAsync("quiet", "marker");
        Assert.Equal("marker", (await kit.Messenger.NextAsync()).Text);
        Assert.Equal(["post: GO"], kit.CallsIn("busy"));
        kit.Time.Advance(TimeSpan.FromSeconds(1));
        await kit.IdleAsync();

        // Tried again in its place: the channel's order holds.
        Assert.Equal(["post: GO", "post: GO", "post: after GO"], kit.CallsIn("busy"));
    }

    [Fact]
    public async Task ThrottledSend_IsGivenUpAfterTheRetriesAllowed()
    {
        await using var kit = new KitUnderTest(new KitOptions { Workers = 1, MaxThrottledRetries = 1 });
        kit.Messenger.Answer = call => call.Text == "refused" ? SendResult.Throttled(TimeSpan.FromSeconds(5)) : null;
        await kit.SayAsync("a", "refused");
        await kit.SayAsync("a", "next");
        await kit.Messenger.NextAsync();

        // The worker parks the channel before it serves another: once "b" is sent, the timer is set.
        await kit.SayAsync("b", "marker");
        await kit.Messenger.NextAsync();
        kit.Time.Advance(TimeSpan.FromSeconds(5));
        await kit.IdleAsync();

        Assert.Equal(["post: refused", "post: refused", "post: next"], kit.CallsIn("a"));
    }
}
