using WatchBot.Core.Views;
using WatchBot.Platform.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Outbound;

public sealed class AheadTests
{
    private static readonly Announcement Go = Plain.Say("GO") with { Key = "go:s1" };

    [Fact]
    public async Task Ahead_IsArrangedAfterTheCard_AndRemembered()
    {
        await using var kit = new KitUnderTest();
        await kit.PublishAsync("a", Booking(minutes: 5));
        await kit.IdleAsync();

        Assert.Equal(["post-card: Booked", "arrange: GO"], kit.CallsIn("a"));
        Assert.Equal("m2", kit.Links.Values[("fake", "ahead:go:s1")]);
    }

    [Fact]
    public async Task Announcement_WhoseArrangedCopyWentOut_IsNotPostedTwice()
    {
        await using var kit = new KitUnderTest();
        await ArrangedAsync(kit);
        kit.Messenger.CancelSucceeds = false;

        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        await kit.IdleAsync();

        Assert.Equal(["post-card: Booked", "arrange: GO", "cancel: m2"], kit.CallsIn("a"));
        Assert.DoesNotContain(("fake", "ahead:go:s1"), kit.Links.Values.Keys);
    }

    [Fact]
    public async Task Announcement_WhoseArrangedCopyWasCancelledInTime_IsPosted_OnlyOnceClaimed()
    {
        await using var kit = new KitUnderTest();
        await ArrangedAsync(kit);
        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        await kit.IdleAsync();

        // Claimed once: the second GO (a resume) has nothing arranged left to cancel.
        Assert.Equal(["post-card: Booked", "arrange: GO", "cancel: m2", "post: GO", "post: GO"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task Withdrawn_ArrangedCopyIsCancelled_AndALaterAnnouncementPosts()
    {
        await using var kit = new KitUnderTest();
        await ArrangedAsync(kit);
        kit.Messenger.CancelSucceeds = false;
        await kit.PublishAsync("a", new ChannelView { Withdraw = ["go:s1"], Announcements = [Plain.Say("Cancelled")] });
        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        await kit.IdleAsync();

        Assert.Equal(["post-card: Booked", "arrange: GO", "cancel: m2", "post: Cancelled", "post: GO"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task Withdrawn_WhileStillWaiting_IsNeverArranged()
    {
        await using var kit = new KitUnderTest();
        var release = kit.Messenger.Hold("a");
        await kit.PublishAsync("a", Booking(minutes: 5));
        await kit.Messenger.NextAsync();
        await kit.PublishAsync("a", new ChannelView { Withdraw = ["go:s1"], Card = Plain.Card("session:1", "Cancelled") });
        release.SetResult();
        await kit.IdleAsync();

        Assert.Equal(["post-card: Booked", "edit-card: Cancelled"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task Announcement_ThatComesWhileItsArrangementWaits_IsPostedOnce()
    {
        await using var kit = new KitUnderTest();
        var release = kit.Messenger.Hold("a");
        await kit.PublishAsync("a", Booking(minutes: 5));
        await kit.Messenger.NextAsync();
        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        release.SetResult();
        await kit.IdleAsync();

        Assert.Equal(["post-card: Booked", "post: GO"], kit.CallsIn("a"));
    }

    [Fact]
    public async Task Ahead_WhoseInstantPassedWhileWaiting_IsNotArranged()
    {
        await using var kit = new KitUnderTest();
        var release = kit.Messenger.Hold("a");
        await kit.PublishAsync("a", Booking(minutes: 5));
        await kit.Messenger.NextAsync();
        kit.Time.Advance(TimeSpan.FromMinutes(5));
        release.SetResult();
        await kit.IdleAsync();

        Assert.Equal(["post-card: Booked"], kit.CallsIn("a"));
        Assert.DoesNotContain(kit.Links.Values.Keys, k => k.Key.StartsWith("ahead:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ArrangedAgain_CancelsTheOlderCopy()
    {
        await using var kit = new KitUnderTest();
        await ArrangedAsync(kit);
        await kit.PublishAsync("a", new ChannelView { Ahead = new AnnouncementAhead(TestTime.Start.AddMinutes(9), Go) });
        await kit.IdleAsync();

        Assert.Equal(["post-card: Booked", "arrange: GO", "cancel: m2", "arrange: GO"], kit.CallsIn("a"));
        Assert.Equal("m4", kit.Links.Values[("fake", "ahead:go:s1")]);
    }

    [Fact]
    public async Task PlatformWithoutAheadPosting_IgnoresAhead_AndPostsTheAnnouncement()
    {
        // Idle between the two: which of a card and an announcement queued together goes first is the
        // queue's business (tested in ChannelQueuesTests), and a worker may take the card before the GO arrives.
        await using var kit = new KitUnderTest(canArrangeAhead: false);
        await kit.PublishAsync("a", Booking(minutes: 5));
        await kit.IdleAsync();
        await kit.PublishAsync("a", new ChannelView { Announcements = [Go] });
        await kit.IdleAsync();

        Assert.Equal(["post-card: Booked", "post: GO"], kit.CallsIn("a"));
    }

    private static ChannelView Booking(int minutes) => new()
    {
        Card = Plain.Card("session:1", "Booked"),
        Ahead = new AnnouncementAhead(TestTime.Start.AddMinutes(minutes), Go),
    };

    private static async Task ArrangedAsync(KitUnderTest kit)
    {
        await kit.PublishAsync("a", Booking(minutes: 5));
        await kit.IdleAsync();
    }
}
