using WatchBot.Core.Views;
using WatchBot.Platform.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Outbound;

public sealed class AheadTests
{
    private static readonly Announcement Go = Plain.Say("GO") with { Key = "go:s1" };

    [Fact]
    public async Task Ahead_IsArrangedAndRemembered()
    {
        await using var kit = new KitUnderTest();
        await kit.PublishAsync("a", new ChannelView { Ahead = new AnnouncementAhead(TestTime.Start.AddMinutes(5), Go) });
        await kit.IdleAsync();

        Assert.Equal(["arrange: GO"], kit.CallsIn("a"));
        Assert.True(kit.Links.Values.ContainsKey(("fake", "ahead:go:s1")));
    }

    [Fact]
    public async Task Announcement_WhoseArrangedCopyWentOut_IsNotPostedTwice()
    {
        await using var kit = new KitUnderTest();
        await kit.PublishAsync("a", new ChannelView { Ahead = new AnnouncementAhead(TestTime.Start.AddMinutes(5), Go) });
        kit.Messenger.CancelSucceeds = false;

        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        await kit.IdleAsync();

        Assert.Equal(["arrange: GO", "cancel: m1"], kit.CallsIn("a"));
        Assert.Empty(kit.Links.Values);
    }

    [Fact]
    public async Task Announcement_WhoseArrangedCopyWasCancelledInTime_IsPosted()
    {
        await using var kit = new KitUnderTest();
        await kit.PublishAsync("a", new ChannelView { Ahead = new AnnouncementAhead(TestTime.Start.AddMinutes(5), Go) });
        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        await kit.IdleAsync();

        // Claimed once: the second GO (a resume) has nothing arranged left to cancel.
        Assert.Equal(["arrange: GO", "cancel: m1", "post: GO", "post: GO"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task Withdrawn_ArrangedCopyIsCancelled_AndALaterAnnouncementPosts()
    {
        await using var kit = new KitUnderTest();
        await kit.PublishAsync("a", new ChannelView { Ahead = new AnnouncementAhead(TestTime.Start.AddMinutes(5), Go) });
        kit.Messenger.CancelSucceeds = false;
        await kit.PublishAsync("a", new ChannelView { Withdraw = ["go:s1"], Announcements = [Plain.Say("Cancelled")] });
        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        await kit.IdleAsync();

        Assert.Equal(["arrange: GO", "cancel: m1", "post: Cancelled", "post: GO"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task ArrangedAgain_CancelsTheOlderCopy()
    {
        await using var kit = new KitUnderTest();
        await kit.PublishAsync("a", new ChannelView { Ahead = new AnnouncementAhead(TestTime.Start.AddMinutes(5), Go) });
        await kit.PublishAsync("a", new ChannelView { Ahead = new AnnouncementAhead(TestTime.Start.AddMinutes(9), Go) });
        await kit.IdleAsync();

        Assert.Equal(["arrange: GO", "cancel: m1", "arrange: GO"], kit.CallsIn("a"));
        Assert.Equal("m3", kit.Links.Values[("fake", "ahead:go:s1")]);
    }

    [Fact]
    public async Task PlatformWithoutAheadPosting_IgnoresAhead_AndPostsTheAnnouncement()
    {
        await using var kit = new KitUnderTest(canArrangeAhead: false);
        await kit.PublishAsync("a", new ChannelView { Ahead = new AnnouncementAhead(TestTime.Start.AddMinutes(5), Go) });
        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        await kit.IdleAsync();

        Assert.Equal(["post: GO"], kit.CallsIn("a"));
    }
}
