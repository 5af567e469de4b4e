using WatchBot.Core.Kernel;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Sessions;

/// <summary>A person is (platform, id): the same id string on two platforms is two people.</summary>
public sealed class UserKeyTests
{
    private static readonly UserRef OnSlack = new("slack", "U123", "sam");
    private static readonly UserRef OnDiscord = new("discord", "U123", "sam");

    [Fact]
    public void TheSameIdOnTwoPlatforms_IsTwoPeople()
    {
        Assert.NotEqual(OnSlack.Key, OnDiscord.Key);
        Assert.Equal(OnSlack.Id, OnDiscord.Id);
        Assert.Equal(new UserKey("slack", "U123"), OnSlack.Key);
    }

    [Fact]
    public void Participants_CountBothPeople()
    {
        var session = Playing(Minute).WithParticipant(OnSlack).WithParticipant(OnDiscord).WithParticipant(OnSlack);

        Assert.Equal([Alice.User, OnSlack, OnDiscord], session.Participants);
    }

    [Fact]
    public void Ready_OnePlatformsPersonBeingReady_DoesNotMakeTheOtherReady()
    {
        var ready = Decide("/watch ready", new Actor(OnSlack, IsModerator: false), Paused(Minute)).Next!;

        Assert.Contains(OnSlack.Key, ready.ReadyUserIds);
        Assert.DoesNotContain(OnDiscord.Key, ready.ReadyUserIds);
        Assert.Equal(2, Decide("/watch ready", new Actor(OnDiscord, IsModerator: false), ready).Next!.ReadyUserIds.Count);
    }

    [Fact]
    public void Host_IsTheHostOnTheirOwnPlatformOnly()
    {
        var hostedOnSlack = Playing(Minute, policy: ControlPolicy.HostOnly) with { Host = OnSlack };

        Assert.True(ControlPermissions.MayControl(hostedOnSlack, new Actor(OnSlack, IsModerator: false)));
        Assert.False(ControlPermissions.MayControl(hostedOnSlack, new Actor(OnDiscord, IsModerator: false)));
    }

    [Fact]
    public void ReactionLimit_IsPerPerson_PlatformIncluded()
    {
        var first = Decide("/watch react emoji:🔥", new Actor(OnSlack, IsModerator: false), Playing(Minute)).Next!;

        Assert.Equal(T0, first.Reactions.LastBy(OnSlack.Key));
        Assert.Null(first.Reactions.LastBy(OnDiscord.Key));

        // Within the interval: refused for the same person, accepted for the other one with the same id.
        Assert.Null(Decide("/watch react emoji:🔥", new Actor(OnSlack, IsModerator: false), first).Next);
        Assert.NotNull(Decide("/watch react emoji:🔥", new Actor(OnDiscord, IsModerator: false), first).Next);
    }
}
