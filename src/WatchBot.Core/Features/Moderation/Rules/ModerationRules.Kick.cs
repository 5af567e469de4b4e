using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Moderation.Rules;

// Kick: moderators remove a person from the live session; only an administrator may remove a moderator.
public static partial class ModerationRules
{
    private static Decision Kick(CommandContext context, KickCommand command)
    {
        if (!context.Actor.IsModerator)
        {
            return Decision.Refuse("Only moderators can kick someone from a session.", StatusExample);
        }

        if (NoLive(context, out var live) is { } none)
        {
            return none;
        }

        if (command.Target is not { } target)
        {
            return Decision.Refuse("I can't tell who that is: name them with an @-mention.", "/watch kick user:@bob");
        }

        var person = Known(live, target);
        if (person.Key == context.Actor.User.Key)
        {
            return Decision.Refuse("You can't kick yourself; /watch end ends the session for everyone.", "/watch end");
        }

        if (target.IsModerator && !context.Actor.IsAdministrator)
        {
            return Decision.Refuse($"{person.DisplayName} is a moderator: only an administrator can kick a moderator.", StatusExample);
        }

        if (live.Kicked.Contains(person.Key))
        {
            return Decision.Refuse($"{person.DisplayName} is already removed from this session.", StatusExample);
        }

        // The host's role goes to the moderator who kicked them, so the session always has a host here.
        var wasHost = live.Host.Key == person.Key;
        var by = context.Actor.User;
        var next = live.WithParticipant(by) with
        {
            Kicked = live.Kicked.Add(person.Key),
            ReadyUserIds = live.ReadyUserIds.Remove(person.Key),
            Host = wasHost ? by : live.Host,
        };
        IReadOnlyList<AuditEntry> audit = wasHost
            ? [Entry(context, AuditAction.Kick, person, live), Entry(context, AuditAction.HostHandOver, by, live)]
            : [Entry(context, AuditAction.Kick, person, live)];
        return new Decision
        {
            Next = next,
            ToChannel = [new PersonKicked(next, person, by, wasHost)],
            Audit = audit,
        };
    }
}
