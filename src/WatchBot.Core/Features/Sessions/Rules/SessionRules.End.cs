using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions.Rules;

// Ending: by a person allowed to, with the recap.
public static partial class SessionRules
{
    private static Decision End(CommandContext context, WatchSession live)
    {
        if (!ControlPermissions.MayEnd(live, context.Actor))
        {
            return Decision.Refuse(ControlPermissions.WhoMay(live, "end"), "/watch status");
        }

        var ended = EndWithRecap(live, context.Now, EndReason.EndedByUser, context.Actor.User);

        // A host ending their own session is no moderator action, even when the host moderates.
        return context.Actor.IsModerator && context.Actor.User.Key != live.Host.Key
            ? ended with
            {
                Audit = [new AuditEntry(live.Channel.Platform, live.Channel.SpaceId, context.Now, AuditAction.EndByModerator, context.Actor.User, live.Host, live.Title)],
            }
            : ended;
    }

    /// <summary>
    /// The one way a session that played ends: clock stopped at <paramref name="at"/>, timers
    /// disarmed, the recap (built from <paramref name="live"/>, before the clock stopped) to the channel.
    /// </summary>
    private static Decision EndWithRecap(WatchSession live, DateTimeOffset at, EndReason reason, UserRef? by)
    {
        var ended = EndWithout(live, at, reason) with
        {
            Clock = live.Clock.PausedAt(at),
            BreaksTaken = BreakBook.Ended(live.BreaksTaken, at),

            // Asks mean nothing once it ended: none is kept (nor stored) past the end.
            BreakRequests = [],
        };
        return new Decision
        {
            Next = ended,
            ToChannel = [new SessionEnded(ended, Recap.Of(live, at), by)],
            Disarm = [ended.Id],
        };
    }
}
