using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Moderation.Rules;

// Lock and unlock: moderators and the host close the live session to newcomers, or open it again.
public static partial class ModerationRules
{
    private static Decision Lock(CommandContext context, LockCommand command)
    {
        var verb = command.Lock ? "lock" : "unlock";
        if (NoLive(context, out var live) is { } none)
        {
            return none;
        }

        if (!context.Actor.IsModerator && !IsHost(live, context.Actor))
        {
            return Decision.Refuse($"Only the host ({live.Host.DisplayName}) and moderators can {verb} this session.", StatusExample);
        }

        if (live.Locked == command.Lock)
        {
            return Decision.ReplyOnly(new AlreadySo(live, live.PositionAt(context.Now), $"this session is already {verb}ed"));
        }

        var next = live.WithParticipant(context.Actor.User) with { Locked = command.Lock };
        return new Decision
        {
            Next = next,
            ToChannel = [new SessionLockChanged(next, context.Actor.User)],
            Audit = [Entry(context, command.Lock ? AuditAction.Lock : AuditAction.Unlock, null, live)],
        };
    }
}
