using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Moderation;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Standing;
using WatchBot.Engine.Tests.Moderation;
using WatchBot.Testing;

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
    public async Task ForAsync_ABanInForce_IsOnTheActor_WithItsEnd_UntilItExpires()
    {
        var clock = new FakeTimeProvider(TestTime.Start);
        var bans = new MemoryBans(clock);
        await bans.PutAsync(new BanRecord("slack", "T1", "U9", TestTime.Start.AddDays(1), null, "U1", TestTime.Start), CancellationToken.None);
        var service = new StandingService(_stored, bans, Options.Create(new ModerationOptions()), NullLogger<StandingService>.Instance);
        var zed = new UserRef("slack", "U9", "zed renamed");

        var banned = await service.ForAsync(Channel, zed, new ConfiguredModerators(), CancellationToken.None);
        var elsewhere = await service.ForAsync(Channel with { SpaceId = "T2" }, zed, new ConfiguredModerators(), CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(1));
        var expired = await service.ForAsync(Channel, zed, new ConfiguredModerators(), CancellationToken.None);

        Assert.True(banned.IsBanned);
        Assert.Equal(TestTime.Start.AddDays(1), banned.BannedUntil);
        Assert.False(elsewhere.IsBanned);
        Assert.False(expired.IsBanned);
        Assert.Null(expired.BannedUntil);
    }

    [Fact]
    public async Task ForAsync_AConfiguredAdministrator_IsAnAdministratorAndAModerator_OnThatPlatformOnly()
    {
        var options = new ModerationOptions();
        options.Administrators.Add("Slack:U7");
        var service = new StandingService(_stored, new MemoryBans(TimeProvider.System), Options.Create(options), NullLogger<StandingService>.Instance);

        var admin = await service.ForAsync(Channel, new UserRef("slack", "U7", "ada"), new ConfiguredModerators(), CancellationToken.None);
        var other = await service.ForAsync(Channel with { Platform = "discord" }, new UserRef("discord", "U7", "ada"), new ConfiguredModerators(), CancellationToken.None);

        Assert.True(admin.IsAdministrator);
        Assert.True(admin.IsModerator);
        Assert.False(other.IsAdministrator);
        Assert.False(other.IsModerator);
    }

    [Fact]
    public async Task ForAsync_ThePlatformsAdministratorBit_MakesAnAdministrator()
    {
        var actor = await For(new UserRef("slack", "U5", "eve"), new AdministratorPlatform("U5"));

        Assert.True(actor.IsAdministrator);
        Assert.True(actor.IsModerator);
    }

    [Fact]
    public async Task ModeratesAsync_CountsStoredPlatformAndAdministrators()
    {
        await _stored.AddAsync("slack", "T1", "U2", "U1", CancellationToken.None);
        var service = new StandingService(_stored, new MemoryBans(TimeProvider.System), Options.Create(new ModerationOptions()), NullLogger<StandingService>.Instance);

        Assert.True(await service.ModeratesAsync(Channel, "U2", new ConfiguredModerators(), CancellationToken.None));
        Assert.True(await service.ModeratesAsync(Channel, "U3", new ConfiguredModerators("U3"), CancellationToken.None));
        Assert.True(await service.ModeratesAsync(Channel, "U4", new AdministratorPlatform("U4"), CancellationToken.None));
        Assert.False(await service.ModeratesAsync(Channel, "U6", new ConfiguredModerators(), CancellationToken.None));
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
        new StandingService(_stored, new MemoryBans(TimeProvider.System), Options.Create(new ModerationOptions()), NullLogger<StandingService>.Instance).ForAsync(Channel, user, platform, CancellationToken.None);

    private sealed class AdministratorPlatform(string administrator) : IPlatformModerators
    {
        public string WhoModerates => "the test platform's people";

        public string HowToName => "their id";

        public IReadOnlyList<string> Configured => [];

        public string? ReadUserId(string typed) => typed;

        public string? BuiltInReason(string userId) => null;

        public bool IsAdministrator(string userId) => userId == administrator;
    }
}
