using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Moderation.Rules;

// The gate every channel command passes first: a kicked person cannot act on the live session, and a
// locked session takes reactions and readiness only from the people already taking part.
public static partial class ModerationRules
{
    /// <summary>A refusal when a kick or a lock forbids <paramref name="command"/>; null when it may be decided.</summary>
    public static Decision? Gate(CommandContext context, WatchCommand command)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Live is not { } live)
        {
            return null;
        }

        var user = context.Actor.User;
        if (live.Kicked.Contains(user.Key) && ActsOnLive(command))
        {
            return Decision.Refuse(
                $"A moderator removed you from \"{live.Title}\", so you can't {command.Name} it. Ask a moderator if you think this is a mistake.",
                StatusExample);
        }

        var joins = command is ReactCommand or ReadyCommand;
        if (live.Locked && joins && !live.Participants.Exists(p => p.Key == user.Key))
        {
            return Decision.Refuse(
                $"\"{live.Title}\" is locked: only people already taking part can react or get ready. The host ({live.Host.DisplayName}) or a moderator can /watch unlock it.",
                StatusExample);
        }

        return null;
    }

    // Commands that act on the live session (typed or pressed on its card); status, help and the
    // channel's bookings stay open to everyone.
    private static bool ActsOnLive(WatchCommand command) => command is ReactCommand or ReadyCommand or PauseCommand
        or ResumeCommand or SeekCommand or EndCommand or RenameCommand or KickCommand or LockCommand or HostCommand;
}
