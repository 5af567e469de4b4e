using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Moderation.Rules;

// Host hand-over: the host or a moderator gives the host role to someone else.
public static partial class ModerationRules
{
    private static Decision HandOver(CommandContext context, HostCommand command)
    {
        if (NoLive(context, out var live) is { } none)
        {
            return none;
        }

        if (!context.Actor.IsModerator && !IsHost(live, context.Actor))
        {
            return Decision.Refuse($"Only the host ({live.Host.DisplayName}) and moderators can hand the host role over.", StatusExample);
        }

        if (command.Target is not { } target)
        {
            return Decision.Refuse("I can't tell who that is: name them with an @-mention.", "/watch host user:@bob");
        }

        var person = Known(live, target);
        if (live.Kicked.Contains(person.Key))
        {
            return Decision.Refuse($"{person.DisplayName} was removed from this session, so they can't host it.", StatusExample);
        }

        if (live.Host.Key == person.Key)
        {
            return Decision.Refuse($"{person.DisplayName} already hosts this session.", StatusExample);
        }

        var next = live.WithParticipant(context.Actor.User).WithParticipant(person) with { Host = person };
        return new Decision
        {
            Next = next,
            ToChannel = [new HostHandedOver(next, live.Host, context.Actor.User)],
            Audit = [Entry(context, AuditAction.HostHandOver, person, live)],
        };
    }
}
