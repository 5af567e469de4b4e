using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Sessions;
using WatchBot.Testing;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Sessions;

/// <summary>The router hands each platform the notice's channel view, never the notice; empty views are not sent.</summary>
public sealed class NoticeRouterTests
{
    private static readonly DateTimeOffset Now = TestTime.Start;

    [Fact]
    public async Task APlatform_GetsTheNoticesView()
    {
        var platform = new RecordingPublisher();
        var router = new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [platform]);
        var go = new PlaybackStarted(Session(), TimeSpan.Zero);

        await router.PublishAsync(Channel, [go], CancellationToken.None);

        var (channel, view) = Assert.Single(platform.Shown);
        Assert.Equal(Channel, channel);
        Assert.Equal(go.ToChannel().Announcements, view.Announcements);
        Assert.Equal(go.ToChannel().Card, view.Card);
        Assert.Equal([go], platform.Of<PlaybackStarted>());
    }

    [Fact]
    public async Task ANoticeWithNothingForTheChannel_IsNotSent_ButCountsAsDelivered()
    {
        var platform = new RecordingPublisher { FailAll = true };
        var router = new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [platform]);

        Assert.True(await router.TryPublishAsync(Channel, new HelpText(["/watch help"]), CancellationToken.None));
        Assert.Empty(platform.Shown);
    }

    [Fact]
    public async Task AFailedSend_IsReported_AndNotObserved()
    {
        var platform = new RecordingPublisher { FailAll = true };
        var router = new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [platform]);

        Assert.False(await router.TryPublishAsync(Channel, new PlaybackStarted(Session(), TimeSpan.Zero), CancellationToken.None));
        Assert.Empty(platform.Said);
    }

    [Fact]
    public async Task AChannelOfAnotherPlatform_IsNotSent()
    {
        var platform = new RecordingPublisher("discord");
        var router = new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [platform]);

        Assert.False(await router.TryPublishAsync(Channel, new PlaybackStarted(Session(), TimeSpan.Zero), CancellationToken.None));
        Assert.Empty(platform.Shown);
    }

    private static WatchSession Session() => new()
    {
        Id = new SessionId("router000001"),
        Channel = Channel,
        Title = "Alien",
        Host = Alice.User,
        Phase = SessionPhase.Playing,
        Clock = new MediaClock(Now, TimeSpan.Zero, true, null),
        CreatedAt = Now,
        StartedAt = Now,
    };
}
