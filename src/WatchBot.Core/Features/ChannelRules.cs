using WatchBot.Core.Features.Breaks.Rules;
using WatchBot.Core.Features.LateJoin.Rules;
using WatchBot.Core.Features.Moderation.Rules;
using WatchBot.Core.Features.MovieNights.Rules;
using WatchBot.Core.Features.Polls.Rules;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features;

/// <summary>
/// Every rule decided against a channel's sessions, from every feature that has them (sessions,
/// movie nights): the one table the coordinator dispatches through.
/// </summary>
public static class ChannelRules
{
    public static CommandRules All { get; } = new([.. SessionRules.Registrations(), .. MovieNightRules.Registrations(), .. ModerationRules.Registrations(), .. LateJoinRules.Registrations(), .. BreakRules.Registrations(), .. PollRules.Registrations()]);

    /// <summary>Decides <paramref name="command"/> through <see cref="All"/>; a type no rule knows is refused politely.</summary>
    public static Decision Decide(CommandContext context, WatchCommand command)
    {
        // The live session carries the space's control threshold, so every card drawn from it can say when control has fallen.
        if (context.Live is { } live && live.ControlFallsAbove != context.Space.ControlFallsAbove)
        {
            context = context with { Live = live with { ControlFallsAbove = context.Space.ControlFallsAbove } };
        }

        return ModerationRules.Gate(context, command) ?? (All.TryDecide(context, command, out var decision)
            ? SessionRules.ReleaseIfReached(decision, context.Now)
            : Decision.Refuse($"/watch {command.Name} is not something I can do yet.", "/watch help"));
    }
}
