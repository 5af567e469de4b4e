using WatchBot.Core.Commands;

namespace WatchBot.Core.Rules;

/// <summary>A rule written as a function of its own command type: <c>CommandRule.For&lt;PauseCommand&gt;(…)</c>.</summary>
public static class CommandRule
{
    public static ICommandRule For<TCommand>(Func<CommandContext, TCommand, Decision> decide)
        where TCommand : WatchCommand => new Typed<TCommand>(decide);

    private sealed class Typed<TCommand>(Func<CommandContext, TCommand, Decision> decide) : ICommandRule
        where TCommand : WatchCommand
    {
        public Type CommandType => typeof(TCommand);

        public Decision Decide(CommandContext context, WatchCommand command) => decide(context, (TCommand)command);
    }
}
