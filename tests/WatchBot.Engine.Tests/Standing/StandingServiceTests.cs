using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Standing;
using WatchBot.Engine.Tests.Moderation;

namespace WatchBot.Engine.Tests.Standing;

/// <summary>One service answers standing for every platform, from the platform's facts and the stored moderators.</summary>
public sealed class StandingServiceTests
{
    private static readonly ChannelAddress Channel = new("slack", "T1", "C1");
    private readonly InMemorySpaceModerators _stored = new();

    [Fact]
    public async Task ForAsync_APlatformModerator_IsAModerator()
    {
        var actor = await For(new UserRef("slack", "U1", "ann"), new ConfiguredModerators("U1"));

        Assert.True(actor.IsModerator);
        Assert.False(actor.IsBanned);
    }

    [Fact]
    public async Task ForAsync_SomeoneAddedWithModAdd_IsAModerator_AndOthersAreNot()
    {
        await _stored.AddAsync("slack", "T1", "U2", "U1", CancellationToken.None);

        Assert.True((await For(new UserRef("slack", "U2", "bo"), new ConfiguredModerators())).IsModerator);
        Assert.False((await For(new UserRef("slack", "U3", "cy"), new ConfiguredModerators())).IsModerator);
    }

    [Fact]
    public async Task ForAsync_TheSameIdFromAnotherPlatform_IsNotTheModerator()
    {
        await _stored.AddAsync("slack", "T1", "U2", "U1", CancellationToken.None);

        var stranger = await For(new UserRef("discord", "U2", "bo"), new ConfiguredModerators("U2"));

        Assert.False(stranger.IsModerator);
    }

    [Fact]
    public async Task ForAsync_StoredModeratorsUnreadable_TheSenderIsAMember()
    {
        _stored.Fail = true;

        Assert.False((await For(new UserRef("slack", "U2", "bo"), new ConfiguredModerators())).IsModerator);
        Assert.True((await For(new UserRef("slack", "U1", "ann"), new ConfiguredModerators("U1"))).IsModerator);
    }

    [Fact]
    public async Task ForAsync_BansAreAskedThroughThePort()
    {
        var service = new StandingService(_stored, new BannedIds("U9"), NullLogger<StandingService>.Instance);

        var banned = await service.ForAsync(Channel, new UserRef("slack", "U9", "zed"), new ConfiguredModerators(), CancellationToken.None);

        Assert.True(banned.IsBanned);
        Assert.False((await For(new UserRef("slack", "U9", "zed"), new ConfiguredModerators())).IsBanned);
    }

    [Fact]
    public void IsHost_ComparesPlatformAndId()
    {
        var session = new WatchSession
        {
            Id = new SessionId("s1"),
            Channel = Channel,
            Title = "Heat",
            Host = new UserRef("slack", "U1", "ann"),
            Phase = SessionPhase.Playing,
            Clock = new MediaClock(DateTimeOffset.UnixEpoch, TimeSpan.Zero, IsRunning: true, null),
            CreatedAt = DateTimeOffset.UnixEpoch,
        };

        Assert.True(StandingService.IsHost(session, new UserKey("slack", "U1")));
        Assert.False(StandingService.IsHost(session, new UserKey("discord", "U1")));
    }

    private Task<Actor> For(UserRef user, IPlatformModerators platform) =>
        new StandingService(_stored, new NoBans(), NullLogger<StandingService>.Instance).ForAsync(Channel, user, platform, CancellationToken.None);

    private sealed class BannedIds(params string[] ids) : IBans
    {
        public Task<bool> IsBannedAsync(ChannelAddress channel, UserKey user, CancellationToken cancellationToken) =>
            Task.FromResult(ids.Contains(user.Id));
    }
}
