using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary>Dispatch by a table of registered rules, not a switch.</summary>
public sealed class CommandRulesTests
{
    [Fact]
    public void TwoRulesForOneCommandType_AreRefusedWhenTheTableIsBuilt()
    {
        var error = Assert.Throws<ArgumentException>(() => new CommandRules(
        [
            CommandRule.For<PauseCommand>((_, _) => Decision.Nothing),
            CommandRule.For<PauseCommand>((_, _) => Decision.Refuse("second")),
        ]));

        Assert.Contains("PauseCommand", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommandIsDecidedByTheRuleRegisteredForItsType()
    {
        var rules = new CommandRules(
        [
            CommandRule.For<PauseCommand>((_, _) => Decision.Refuse("pause rule")),
            CommandRule.For<SeekCommand>((_, seek) => Decision.Refuse($"seek rule {seek.Offset.TotalSeconds}")),
        ]);

        Assert.True(rules.TryDecide(Context(), new SeekCommand(TimeSpan.FromSeconds(5), IsRelative: true), out var decision));
        Assert.Equal("seek rule 5", Assert.IsType<Refused>(decision.Reply).Reason);
        Assert.False(rules.TryDecide(Context(), new EndCommand(), out _));
    }

    [Fact]
    public void SessionRules_RegisterEverySessionCommand_AndNotModeration()
    {
        // Moderation is its own feature (the engine's ModeratorService); the engine's dispatcher test
        // checks that the features together own every command type exactly once.
        Assert.DoesNotContain(typeof(ModCommand), SessionRules.Commands.CommandTypes);
        Assert.Contains(typeof(StartCommand), SessionRules.Commands.CommandTypes);
        Assert.Equal(11, SessionRules.Commands.CommandTypes.Count);
    }

    [Fact]
    public void Decide_ACommandNoSessionRuleKnows_IsRefusedPolitely()
    {
        var refused = Assert.IsType<Refused>(SessionRules.Decide(Context(), new ModCommand(ModVerb.List, null)).Reply);

        Assert.Contains("not something I can do yet", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("/watch help", refused.Suggestion);
    }

    private static CommandContext Context() => new(Channel, Alice, T0, null, [], NewId, Options());
}
