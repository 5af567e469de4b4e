using WatchBot.Core.Views;
using WatchBot.Platform.Outbound;
using WatchBot.Platform.Tests.Support;

namespace WatchBot.Platform.Tests.Outbound;

public sealed class AnnouncementBatcherTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task BatchedLines_WaitForTheWindow_ThenGoAsOneMessage()
    {
        await using var kit = new KitUnderTest(new KitOptions { BatchWindow = Window });
        await ReactAsync(kit, "a", "👍 Ann", "🎉 Bob");
        kit.Time.Advance(Window - TimeSpan.FromMilliseconds(1));
        await ReactAsync(kit, "a", "😂 Cy");

        Assert.Empty(kit.Messenger.Calls);
        Assert.Equal(1, kit.Publisher.Pending);

        kit.Time.Advance(TimeSpan.FromMilliseconds(1));
        await kit.IdleAsync();
        Assert.Equal(["post: 👍 Ann\n🎉 Bob\n😂 Cy"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task BatchesOfTwoChannels_StaySeparate()
    {
        await using var kit = new KitUnderTest(new KitOptions { BatchWindow = Window });
        await ReactAsync(kit, "a", "👍 Ann");
        await ReactAsync(kit, "b", "🎉 Bob");
        kit.Time.Advance(Window);
        await kit.IdleAsync();

        Assert.Equal(["post: 👍 Ann"], kit.CallsIn("a"));
        Assert.Equal(["post: 🎉 Bob"], kit.CallsIn("b"));
    }

    [Fact]
    public async Task ABatch_HoldsAtMostTheCap_TheRestWaitsForTheNextWindow()
    {
        await using var kit = new KitUnderTest(new KitOptions { BatchWindow = Window, MaxBatchLines = 20 });
        await ReactAsync(kit, "a", [.. Enumerable.Range(1, 25).Select(i => $"r{i}")]);

        kit.Time.Advance(Window);
        await kit.Messenger.NextAsync();
        var first = Assert.Single(kit.Messenger.Calls);
        Assert.Equal(20, first.Text.Split('\n').Length);
        Assert.StartsWith("r1\n", first.Text, StringComparison.Ordinal);

        kit.Time.Advance(Window);
        await kit.IdleAsync();
        Assert.Equal("post: r21\nr22\nr23\nr24\nr25", kit.CallsIn("a")[1]);
    }

    [Fact]
    public async Task WaitingLines_AreFlushedBeforeTheNextSendInTheirChannel()
    {
        await using var kit = new KitUnderTest(new KitOptions { BatchWindow = Window, MaxBatchLines = 2 });
        await ReactAsync(kit, "a", "r1", "r2", "r3");
        await kit.SayAsync("a", "⏸ Paused");
        await kit.IdleAsync();

        // No time passed: the pause flushed every waiting line first, still at most two a message.
        Assert.Equal(["post: r1\nr2", "post: r3", "post: ⏸ Paused"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task ZeroWindow_PostsAtOnce()
    {
        await using var kit = new KitUnderTest(new KitOptions { BatchWindow = TimeSpan.Zero });
        await ReactAsync(kit, "a", "👍 Ann");
        await kit.IdleAsync();

        Assert.Equal(["post: 👍 Ann"], kit.CallsIn("a"));
    }

    private static Task ReactAsync(KitUnderTest kit, string channel, params string[] lines) =>
        kit.PublishAsync(channel, new ChannelView
        {
            Announcements = [.. lines.Select(line => Plain.Say(line) with { BatchKey = "reactions" })],
        });
}
