using WatchBot.Core.Notices;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

public sealed class ControlPermissionsTests
{
    public static TheoryData<ControlPolicy, string, bool> WhoMayControl() => new()
    {
        { ControlPolicy.HostOnly, "host", true },
        { ControlPolicy.HostOnly, "moderator", false },
        { ControlPolicy.HostOnly, "member", false },
        { ControlPolicy.HostAndModerators, "host", true },
        { ControlPolicy.HostAndModerators, "moderator", true },
        { ControlPolicy.HostAndModerators, "member", false },
        { ControlPolicy.Everyone, "host", true },
        { ControlPolicy.Everyone, "moderator", true },
        { ControlPolicy.Everyone, "member", true },
    };

    [Theory]
    [MemberData(nameof(WhoMayControl))]
    public void MayControl_FollowsTheSessionsPolicy(ControlPolicy policy, string who, bool may)
    {
        Assert.Equal(may, ControlPermissions.MayControl(Playing(Minute, policy: policy), Person(who)));
    }

    [Theory]
    [MemberData(nameof(WhoMayControl))]
    public void Pause_IsAcceptedOrPolitelyRefusedByPolicy(ControlPolicy policy, string who, bool may)
    {
        var decision = Decide("/watch pause", Person(who), Playing(Minute, policy: policy));

        if (may)
        {
            Assert.Equal(SessionPhase.Paused, decision.Next?.Phase);
            Assert.Equal(Person(who).User, Assert.IsType<PlaybackPaused>(Assert.Single(decision.ToChannel)).By);
        }
        else
        {
            var refused = Expect.Refused(decision);
            Assert.Contains("alice", refused.Reason, StringComparison.Ordinal);
            Assert.Contains("pause", refused.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(WhoMayControl))]
    public void ResumeAndSeek_FollowThePolicyToo(ControlPolicy policy, string who, bool may)
    {
        var resume = Decide("/watch resume", Person(who), Paused(Minute, policy: policy));
        var seek = Decide("/watch seek to:-10s", Person(who), Playing(Minute, policy: policy));

        Assert.Equal(may, resume.Next is not null);
        Assert.Equal(may, seek.Next is not null);
        Assert.Equal(may, resume.Reply is not Refused);
        Assert.Equal(may, seek.Reply is not Refused);
    }

    [Theory]
    [InlineData(ControlPolicy.HostOnly, "host", true)]
    [InlineData(ControlPolicy.HostOnly, "moderator", true)]
    [InlineData(ControlPolicy.HostOnly, "member", false)]
    [InlineData(ControlPolicy.HostAndModerators, "host", true)]
    [InlineData(ControlPolicy.HostAndModerators, "moderator", true)]
    [InlineData(ControlPolicy.HostAndModerators, "member", false)]
    [InlineData(ControlPolicy.Everyone, "member", true)]
    public void End_ModeratorsMayAlwaysEnd(ControlPolicy policy, string who, bool may)
    {
        var session = Playing(Minute, policy: policy);

        Assert.Equal(may, ControlPermissions.MayEnd(session, Person(who)));
        var decision = Decide("/watch end", Person(who), session);
        Assert.Equal(may, decision.Next?.Phase == SessionPhase.Ended);
        if (!may)
        {
            Expect.Refused(decision);
        }
    }

    [Theory]
    [InlineData(ControlPolicy.HostOnly)]
    [InlineData(ControlPolicy.HostAndModerators)]
    public void AnyMember_MayReadyReactAndAskStatus(ControlPolicy policy)
    {
        var session = Playing(Minute, policy: policy);

        Assert.NotNull(Decide("/watch ready", Bob, Paused(Minute, policy: policy)).Next);
        Assert.NotNull(Decide("/watch react emoji:🍿", Bob, session).Next);
        Assert.IsType<StatusReport>(Decide("/watch status", Bob, session).Reply);
        Assert.IsType<HelpText>(Decide("/watch help", Bob, session).Reply);
    }

    [Fact]
    public void Host_IsRecognisedByIdNotByName()
    {
        var impostor = new Actor(new UserRef("test", "u-mallory", "alice"), IsModerator: false);

        Assert.False(ControlPermissions.MayControl(Playing(Minute), impostor));
        Assert.True(ControlPermissions.MayControl(Playing(Minute), new Actor(Alice.User with { DisplayName = "Alice B." }, false)));
    }

    [Fact]
    public void WhoMay_HostOnly_NamesOnlyTheHost()
    {
        var reason = ControlPermissions.WhoMay(Playing(Minute, policy: ControlPolicy.HostOnly), "seek");

        Assert.Equal("Only the host (alice) can seek this session.", reason);
    }

    [Fact]
    public void WhoMay_HostAndModerators_NamesBoth()
    {
        var reason = ControlPermissions.WhoMay(Playing(Minute), "pause");

        Assert.Equal("Only the host (alice) and moderators can pause this session.", reason);
    }

    [Fact]
    public void Start_StoresTheRequestedPolicyWithTheSession()
    {
        var next = Decide("/watch start title:Alien control:everyone", Alice).Next!;

        Assert.Equal(ControlPolicy.Everyone, next.Policy);
        Assert.Equal(ControlPolicy.HostAndModerators, Decide("/watch start title:Alien", Alice).Next!.Policy);
    }

    private static Actor Person(string who) => who switch
    {
        "host" => Alice,
        "moderator" => Carol,
        _ => Bob,
    };
}
