using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Breaks.Rules;

/// <summary>
/// Break requests: anyone the space lets ask (<c>breaks:</c>) asks for a break without being allowed
/// to pause; the host or a moderator approves, which pauses; enough asks within a minute pause by
/// themselves when the space set <c>break-auto:</c>. Pure, like every rule.
/// </summary>
public static partial class BreakRules
{
    private const string StatusExample = "/watch status";

    internal static IEnumerable<ICommandRule> Registrations() => [CommandRule.For<BreakCommand>(Decide)];

    private static Decision Decide(CommandContext context, BreakCommand command)
    {
        if (context.Live is not { } live)
        {
            return Decision.Refuse("No session is running in this channel, so there is nothing to take a break from.", StatusExample);
        }

        // Kicked people are refused before anything else (by the moderation gate when it lists break,
        // here in any case): their asks are not counted.
        if (live.Kicked.Contains(context.Actor.User.Key))
        {
            return Decision.Refuse($"A moderator removed you from \"{live.Title}\", so you can't ask for a break in it.", StatusExample);
        }

        if (live.Phase == SessionPhase.Paused)
        {
            return Decision.Refuse(
                $"\"{live.Title}\" is already paused — take your break. Say /watch ready when you're back.",
                "/watch ready");
        }

        return command.Approve ? Approve(context, live) : Ask(context, live);
    }

    /// <summary>
    /// Pauses <paramref name="live"/> for a break that answers its open asks: as <c>pause</c> does
    /// (clock frozen, countdown off, ready starts over, timers disarmed), plus the break taken.
    /// </summary>
    private static Decision TakeBreak(CommandContext context, WatchSession live, UserRef? approvedBy)
    {
        var now = context.Now;
        var position = live.PositionAt(now);
        var askers = BreakBook.Open(live).Select(r => r.By).ToList();
        var paused = live with
        {
            Phase = SessionPhase.Paused,
            Clock = live.Clock.PausedAt(now),
            CountdownTarget = null,
            ReadyUserIds = [],
            BreaksTaken = live.BreaksTaken.Add(new BreakTaken(position, now)),
            BreakRequests = BreakBook.Closed(live.BreakRequests),
        };

        return new Decision
        {
            Next = paused,
            ToChannel = [new BreakStarted(paused, position, approvedBy, askers)],
            Disarm = [paused.Id],
        };
    }
}
