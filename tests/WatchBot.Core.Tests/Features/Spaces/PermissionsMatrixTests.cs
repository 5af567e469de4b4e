using System.Collections.Immutable;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Core.Tests.Views;

// Only values outside the enums (casts) are left unhandled: CS8509, a named member not handled, still fails the build.
#pragma warning disable CS8524

namespace WatchBot.Core.Tests.Features.Spaces;

/// <summary>
/// The authorization matrix: every action × every role × every audience a space can set, generated
/// from the enums. The expectation is written apart from <see cref="Permissions"/> as switches with no
/// default arm, so a new <see cref="Audience"/>, <see cref="Role"/> or <see cref="SpaceAction"/> does
/// not compile until someone says what it allows (CS8509 is an error here).
/// </summary>
public sealed class PermissionsMatrixTests
{
    public enum Role
    {
        Everyone,
        Participant,
        Host,
        Moderator,
    }

    private static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: false);

    public static TheoryData<SpaceAction, Role, Audience> Matrix()
    {
        var data = new TheoryData<SpaceAction, Role, Audience>();
        foreach (var action in Enum.GetValues<SpaceAction>())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                foreach (var audience in Enum.GetValues<Audience>())
                {
                    data.Add(action, role, audience);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void May_EveryActionRoleAndSetting(SpaceAction action, Role role, Audience audience)
    {
        var session = Action(action) is SessionNeeded.None ? null : Session();
        var context = Given.Context(ActorFor(role), session) with { Space = Space(action, audience) };

        var refusal = Permissions.May(context, action, session);

        Assert.Equal(Expected(role, audience, hasSession: session is not null), refusal is null);
        if (refusal is not null)
        {
            Assert.StartsWith("Only ", refusal, StringComparison.Ordinal);
            Assert.Contains(PermissionWords.Verb(action), refusal, StringComparison.Ordinal);
        }
    }

    /// <summary>The same matrix through the real rules and the grammar people type, for every action that has a command.</summary>
    [Theory]
    [MemberData(nameof(Matrix))]
    public void Rules_EveryActionRoleAndSetting(SpaceAction action, Role role, Audience audience)
    {
        var (typed, needed) = (Command(action), Action(action));
        if (typed is null)
        {
            return; // Break, Nominate, Vote: stored and shown; no command applies them yet.
        }

        var live = needed is SessionNeeded.None ? null : Session();
        var context = Given.Context(ActorFor(role), live) with { Space = Space(action, audience) };

        var decision = SessionRules.Decide(context, Given.Parsed(typed));

        var allowed = Expected(role, audience, hasSession: live is not null);
        if (allowed)
        {
            Assert.IsNotType<Refused>(decision.Reply);
            Assert.NotNull(decision.Next);
        }
        else
        {
            var refused = Assert.IsType<Refused>(decision.Reply);
            Assert.Null(decision.Next);
            Assert.Contains(PermissionWords.Verb(action), refused.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AboveTheThreshold_ControlFallsToTheHostAndModerators_AndTheRefusalSaysWhy()
    {
        var session = Session();
        var space = new SpaceSettings { ControlFallsAbove = 2 };

        Assert.Null(Permissions.May(Given.Context(Dave, session) with { Space = space }, SpaceAction.Control, session));

        var crowded = session.WithParticipant(Given.Bob.User);
        var refusal = Permissions.May(Given.Context(Dave, crowded) with { Space = space }, SpaceAction.Control, crowded);
        Assert.Equal("Only the host (alice) and moderators can control playback (pause, resume, seek) here. With more than 2 people watching, playback control falls to them. Moderators set this with /watch settings.", refusal);
        Assert.Null(Permissions.May(Given.Context(Given.Alice, crowded) with { Space = space }, SpaceAction.Control, crowded));
        Assert.True(Permissions.ControlFallen(space, crowded));
        // Reacting is not playback: it stays open.
        Assert.Null(Permissions.May(Given.Context(Dave, crowded) with { Space = space }, SpaceAction.React, crowded));
    }

    [Fact]
    public void AboveTheThreshold_TheCardSaysControlHasFallen_AndBelowItDoesNot()
    {
        var space = new SpaceSettings { ControlFallsAbove = 2 };
        var few = Session();
        var crowded = few.WithParticipant(Given.Bob.User);

        // The host's reaction is decided on the live session as the space has it: the card drawn from the result says why.
        var below = SessionRules.Decide(Given.Context(Given.Alice, few) with { Space = space }, Given.Parsed("react 😂"));
        var above = SessionRules.Decide(Given.Context(Given.Alice, crowded) with { Space = space }, Given.Parsed("react 😂"));

        Assert.Contains("control: everyone", PlainText.Of(SessionCard.Facts(below.Next!)), StringComparison.Ordinal);
        Assert.Contains("control: host and moderators (more than 2 watching)", PlainText.Of(SessionCard.Facts(above.Next!)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("start title:\"X\" control:everyone", Audience.HostAndModerators, false)]
    [InlineData("start title:\"X\" control:mods", Audience.HostAndModerators, true)]
    [InlineData("start title:\"X\" control:host", Audience.Participants, true)]
    [InlineData("start title:\"X\" control:host", Audience.Moderators, false)]
    [InlineData("start title:\"X\"", Audience.Moderators, true)]
    [InlineData("schedule title:\"X\" at:\"in 2h\" control:everyone", Audience.Participants, false)]
    public void AHost_NarrowsTheSpacesControl_NeverWidensIt(string typed, Audience space, bool accepted)
    {
        var context = Given.Context(Given.Carol) with { Space = Space(SpaceAction.Control, space) };

        var decision = SessionRules.Decide(context, Given.Parsed(typed));

        Assert.Equal(accepted, decision.Next is not null);
        if (!accepted)
        {
            Assert.Contains("narrow that, not widen it", Assert.IsType<InvalidInput>(decision.Reply).Error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheBuiltInDefaults_AreTodaysBehaviour_EveryoneThenTheSessionsPolicy()
    {
        Assert.All(Enum.GetValues<SpaceAction>(), a => Assert.Equal(Audience.Everyone, Permissions.Of(SpaceSettings.None, a)));

        // A bob who is nobody may still not pause a host-and-moderators session: its own policy says so.
        var refused = SessionRules.Decide(Given.Context(Given.Bob, Session(ControlPolicy.HostAndModerators)), Given.Parsed("pause"));
        Assert.Contains("Only the host (alice) and moderators can pause", Assert.IsType<Refused>(refused.Reply).Reason, StringComparison.Ordinal);
    }

    private enum SessionNeeded
    {
        None,
        Live,
    }

    private static bool Expected(Role role, Audience audience, bool hasSession) => audience switch
    {
        Audience.Everyone => true,
        Audience.Participants => role switch
        {
            Role.Everyone => false,
            Role.Participant or Role.Host => hasSession,
            Role.Moderator => true,
        },
        Audience.HostAndModerators => role switch
        {
            Role.Everyone or Role.Participant => false,
            Role.Host => hasSession,
            Role.Moderator => true,
        },
        Audience.Moderators => role == Role.Moderator,
    };

    private static SessionNeeded Action(SpaceAction action) => action switch
    {
        SpaceAction.Start => SessionNeeded.None,
        SpaceAction.Control or SpaceAction.End or SpaceAction.React => SessionNeeded.Live,
        SpaceAction.Break or SpaceAction.Nominate or SpaceAction.Vote => SessionNeeded.Live,
    };

    private static string? Command(SpaceAction action) => action switch
    {
        SpaceAction.Start => "start title:\"Alien\"",
        SpaceAction.Control => "pause",
        SpaceAction.End => "end",
        SpaceAction.React => "react emoji:😂",
        SpaceAction.Break or SpaceAction.Nominate or SpaceAction.Vote => null,
    };

    private static Actor ActorFor(Role role) => role switch
    {
        Role.Everyone => Given.Bob,
        Role.Participant => Dave,
        Role.Host => Given.Alice,
        Role.Moderator => Given.Carol,
    };

    /// <summary>Playing, everyone may drive it (so only the space's setting decides), Dave has taken part.</summary>
    private static WatchSession Session(ControlPolicy policy = ControlPolicy.Everyone) =>
        Given.Playing(TimeSpan.FromMinutes(5), policy: policy).WithParticipant(Dave.User);

    private static SpaceSettings Space(SpaceAction action, Audience audience) =>
        new() { Permissions = ImmutableDictionary<SpaceAction, Audience>.Empty.Add(action, audience) };
}
