using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;

namespace WatchBot.Core.Rules;

// Ending: by a person allowed to, with the recap.
public static partial class SessionRules
{
    private static Decision End(CommandContext context, WatchSession live)
    {
        if (!ControlPermissions.MayEnd(live, context.Actor))
        {
            return Decision.Refuse(ControlPermissions.WhoMay(live, "end"), "/watch status");
        }

        var now = context.Now;
        var ended = live with
        {
            Phase = SessionPhase.Ended,
            Clock = live.Clock.PausedAt(now),
            CountdownTarget = null,
            EndedAt = now,
            EndReason = EndReason.EndedByUser,
        };

        return new Decision
        {
            Next = ended,
            ToChannel = [new SessionEnded(ended, Recap.Of(live, now), context.Actor.User)],
            Disarm = [ended.Id],
        };
    }
}
