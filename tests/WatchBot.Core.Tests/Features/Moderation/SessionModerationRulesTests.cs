using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Tests.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Moderation;

public class SessionModerationRulesTests
{
    private static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: true);

    private static readonly Actor Erin = new(new UserRef("test", "u-erin", "erin"), IsModerator: false) { IsAdministrator = true };

    private static Decision Run(Actor actor, WatchSession? live, WatchCommand command) =>
        SessionRules.Decide(Context(actor, live), command);

    private static Decision Kick(Actor by, WatchSession live, Actor target) => Run(by, live, new KickCommand(target.User.Id) { Target = target });

    /// <summary>Playing, with Bob having taken part and reacted twice.</summary>
    private static WatchSession WithBob()
    {
        var live = Playing(Minute).WithParticipant(Bob.User);
        var one = new Reaction(1, "😂", null, Minute, Bob.User, T0);
        var two = new Reaction(2, "🔥", null, Minute, Bob.User, T0);
        var three = new Reaction(3, "😂", null, Minute, Alice.User, T0);
        return live with { Reactions = live.Reactions.With(one).With(two).With(three) };
    }

    [Fact]
    public void Kick_ByModerator_RemovesThePerson_HidesTheirReactions_AndIsAudited()
    {
        var decision = Kick(Carol, WithBob(), Bob);

        var next = Assert.IsType<WatchSession>(decision.Next);
        Assert.Contains(Bob.User.Key, next.Kicked);
        Assert.Equal(3, next.Reactions.Count);
        Assert.Equal(1, next.Reactions.VisibleCount(next.Kicked));
        Assert.Contains("1 reaction", PlainText.Of(SessionCard.Facts(next)), StringComparison.Ordinal);
        Assert.Equal(1, Recap.Of(next, T0).ReactionCount);
        var entry = Assert.Single(decision.Audit);
        Assert.Equal((AuditAction.Kick, Carol.User, Bob.User), (entry.Action, entry.By, entry.Subject));
        Assert.IsType<PersonKicked>(Assert.Single(decision.ToChannel));
    }

    [Fact]
    public void Kick_ByMember_IsRefused_SayingModeratorsMay()
    {
        var refused = Expect.Refused(Kick(Bob, WithBob(), Alice));
        Assert.Contains("Only moderators", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Kick_OfAModerator_NeedsAnAdministrator()
    {
        var live = WithBob().WithParticipant(Dave.User);
        var refused = Expect.Refused(Kick(Carol, live, Dave));
        Assert.Contains("only an administrator", refused.Reason, StringComparison.Ordinal);

        var byAdmin = Kick(Erin with { IsModerator = true }, live, Dave);
        Assert.Contains(Dave.User.Key, Assert.IsType<WatchSession>(byAdmin.Next).Kicked);
    }

    [Fact]
    public void Kick_OfTheHost_HandsTheHostRoleToTheKicker()
    {
        var decision = Kick(Carol, WithBob(), Alice);

        var next = Assert.IsType<WatchSession>(decision.Next);
        Assert.Equal(Carol.User, next.Host);
        Assert.Equal([AuditAction.Kick, AuditAction.HostHandOver], decision.Audit.Select(a => a.Action));
        Assert.Contains("Host carol", PlainText.Of(SessionCard.Facts(next)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/watch react emoji:😂")]
    [InlineData("/watch pause")]
    [InlineData("/watch end")]
    public void Kicked_PersonsCommands_AreRefusedPrivately(string typed)
    {
        var kicked = Assert.IsType<WatchSession>(Kick(Carol, WithBob(), Bob).Next);

        var refused = Expect.Refused(Run(Bob, kicked, Parsed(typed)));
        Assert.Contains("removed you", refused.Reason, StringComparison.Ordinal);
        Assert.IsType<StatusReport>(Run(Bob, kicked, Parsed("/watch status")).Reply);
    }

    [Fact]
    public void Lock_LetsOnlyParticipantsReactOrGetReady_AndSaysWhoMayUnlock()
    {
        var decision = Run(Alice, Paused(Minute), new LockCommand(Lock: true));
        var locked = Assert.IsType<WatchSession>(decision.Next);
        Assert.True(locked.Locked);
        Assert.Equal(AuditAction.Lock, Assert.Single(decision.Audit).Action);

        var refused = Expect.Refused(Run(Bob, locked, Parsed("/watch ready")));
        Assert.Contains("locked", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("alice", refused.Reason, StringComparison.Ordinal);
        Assert.NotNull(Run(Alice, locked, Parsed("/watch react emoji:😂")).Next);

        var unlocked = Assert.IsType<WatchSession>(Run(Carol, locked, new LockCommand(Lock: false)).Next);
        Assert.NotNull(Run(Bob, unlocked, Parsed("/watch ready")).Next);
    }

    [Fact]
    public void Lock_ByMember_IsRefused_SayingWhoMay()
    {
        var refused = Expect.Refused(Run(Bob, Playing(Minute), new LockCommand(Lock: true)));
        Assert.Contains("Only the host (alice) and moderators", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_HandOver_ByHost_ChangesTheCard_AndIsAudited()
    {
        var decision = Run(Alice, WithBob(), new HostCommand("u-bob") { Target = Bob with { User = Bob.User with { DisplayName = "u-bob" } } });

        var next = Assert.IsType<WatchSession>(decision.Next);
        Assert.Equal(Bob.User, next.Host); // the name the session knows, not the id
        Assert.Contains("Host bob", PlainText.Of(SessionCard.Facts(next)), StringComparison.Ordinal);
        var entry = Assert.Single(decision.Audit);
        Assert.Equal((AuditAction.HostHandOver, Alice.User, Bob.User), (entry.Action, entry.By, entry.Subject));
    }

    [Fact]
    public void Host_HandOver_ByMember_IsRefused_SayingWhoMay()
    {
        var refused = Expect.Refused(Run(Bob, WithBob(), new HostCommand("u-bob") { Target = Bob }));
        Assert.Contains("Only the host (alice) and moderators", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void End_ByAModeratorWhoIsNotTheHost_IsAudited_ByTheHostIsNot()
    {
        Assert.Equal(AuditAction.EndByModerator, Assert.Single(Run(Carol, Playing(Minute), Parsed("/watch end")).Audit).Action);
        Assert.Empty(Run(Alice, Playing(Minute), Parsed("/watch end")).Audit);
    }

    [Theory]
    [InlineData("/watch kick user:@bob")]
    [InlineData("/watch host @bob")]
    [InlineData("/watch lock")]
    [InlineData("/watch unlock")]
    public void Commands_Parse(string typed) => Assert.NotNull(Parsed(typed));
}
