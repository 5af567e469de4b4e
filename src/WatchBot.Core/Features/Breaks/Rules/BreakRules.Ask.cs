using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Breaks.Rules;

// Asking: one open ask per person, one ask per person per cooldown, and the automatic pause.
public static partial class BreakRules
{
    private static Decision Ask(CommandContext context, WatchSession live)
    {
        // Checked on the session as it was: asking must not make someone a participant first.
        if (Permissions.May(context, SpaceAction.Break, live) is { } refusal)
        {
            return Decision.Refuse(refusal, "/watch settings");
        }

        var user = context.Actor.User;
        if (live.Locked && !context.Actor.IsModerator && !live.Participants.Exists(p => p.Key == user.Key))
        {
            return Decision.Refuse(
                $"\"{live.Title}\" is locked: only people already taking part can ask for a break. The host ({live.Host.DisplayName}) or a moderator can /watch unlock it.",
                StatusExample);
        }

        var now = context.Now;
        var options = context.Options.Breaks;
        var requests = BreakBook.Current(live.BreakRequests, now, options);
        var mine = requests.Find(r => r.By.Key == user.Key);
        if (mine is { Open: true })
        {
            return Decision.ReplyOnly(new BreakAlreadyAsked(live, mine.At));
        }

        if (mine is not null && options.RequestCooldown > TimeSpan.Zero && now - mine.At < options.RequestCooldown)
        {
            return Decision.ReplyOnly(new BreakAskTooSoon(mine.At + options.RequestCooldown, options.RequestCooldown));
        }

        var asked = live.WithParticipant(user) with
        {
            BreakRequests = [.. requests.Where(r => r.By.Key != user.Key), new BreakRequest(user, now)],
        };

        if (context.Space.AutoBreak is { } auto)
        {
            var recent = asked.BreakRequests.Count(r => r.Open && now - r.At < AutoBreak.Window);
            if (recent >= auto.Needed(asked.ReadyUserIds.Count, asked.Participants.Count))
            {
                return TakeBreak(context, asked, approvedBy: null);
            }
        }

        return new Decision
        {
            Next = asked,
            ToChannel = [new BreakAsked(asked, user)],
            Reply = new BreakAskNoted(asked),
        };
    }
}
