using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Moderation.Views;

/// <summary>
/// The answers about bans. People are named by id as code text, never as mentions, and the reason is
/// user text: an answer about a ban must notify no one.
/// </summary>
public static class BanReplies
{
    public static Reply Changed(BanChanged changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var who = new UserTextPart(changed.UserId, TextStyle.Code);
        if (!changed.Banned)
        {
            return new Reply(changed.AlreadySo
                ? ViewLine.Of($"Nothing to do: {who} is not banned here.")
                : ViewLine.Of($"{who} may use WatchBot here again."));
        }

        var line = changed.Until is { } until
            ? ViewLine.Of($"{who} can't use WatchBot here until {new InstantPart(until, InstantStyle.DateTime)}.")
            : ViewLine.Of($"{who} can't use WatchBot here until a moderator lifts it with /watch unban.");
        return changed.Reason is { } reason
            ? new Reply([line, ViewLine.Of($"Reason (in the audit log): {new UserTextPart(reason, TextStyle.Plain)}")])
            : new Reply(line);
    }

    public static Reply Refused(YouAreBanned banned)
    {
        ArgumentNullException.ThrowIfNull(banned);
        return new Reply(banned.Until is { } until
            ? ViewLine.Of($"You can't use WatchBot here until {new InstantPart(until, InstantStyle.DateTime)}.")
            : ViewLine.Of($"You can't use WatchBot here until a moderator lifts your ban."));
    }
}
