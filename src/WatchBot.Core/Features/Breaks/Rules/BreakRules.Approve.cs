using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Breaks.Rules;

// Approving: the host or a moderator turns the open asks into a pause.
public static partial class BreakRules
{
    private static Decision Approve(CommandContext context, WatchSession live)
    {
        if (!Permissions.Includes(Audience.HostAndModerators, context.Actor, live))
        {
            return Decision.Refuse(
                $"Only {Approvers(live)} can approve a break. You can ask for one with /watch break.",
                "/watch break");
        }

        var current = live with { BreakRequests = BreakBook.Current(live.BreakRequests, context.Now, context.Options.Breaks) };
        if (BreakBook.Open(current).Count == 0)
        {
            return Decision.Refuse("Nobody has asked for a break. To pause anyway: /watch pause.", "/watch pause");
        }

        return TakeBreak(context, current.WithParticipant(context.Actor.User), context.Actor.User);
    }

    /// <summary>Who may approve, in words: "the host (alice) or a moderator".</summary>
    internal static string Approvers(WatchSession live) => $"the host ({live.Host.DisplayName}) or a moderator";
}
