using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Polls.Rules;

// A booking moved (/watch booking reschedule): its open poll moves with it. Rescheduling disarms every
// timer of the session, so the closing timer is armed again even when the closing time stays.
public static partial class PollRules
{
    /// <summary>
    /// Adds to <paramref name="moved"/> (the reschedule's decision) the open poll of <paramref name="before"/>,
    /// closing at <see cref="ClosingAfterMove"/>, its card redrawn in place and its timer armed again.
    /// Unchanged when the booking has no open poll or the move was refused.
    /// </summary>
    public static Decision FollowBooking(CommandContext context, WatchSession before, Decision moved)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(moved);
        if (moved.Next is not { ScheduledFor: { } start } session || before.ScheduledFor is not { } was
            || context.Polls.FirstOrDefault(p => p.IsOpen && p.Session == before.Id) is not { } poll)
        {
            return moved;
        }

        var closes = ClosingAfterMove(poll, was, start, context.Now, context.Options.ScheduledCountdownLead);
        var next = poll with { ClosesAt = closes };
        return moved with
        {
            Changes = [.. moved.Changes, new PollChange(next)],
            ToChannel = [.. moved.ToChannel, new PollChanged(next, session)],
            Arm = [.. moved.Arm, new SessionTimer(session.Id, TimerKind.PollClose, closes, closes)],
        };
    }

    /// <summary>
    /// When a poll closes once its booking moved from <paramref name="was"/> to <paramref name="start"/>:
    /// a default closing time (the one <see cref="DefaultCloses"/> gave when it opened) is worked out
    /// again for the new start; a typed <c>closes:</c> stays, unless it is now after the new start, and
    /// then it too becomes the new start's default, because a vote the film has overtaken decides nothing.
    /// When even the default has passed (the booking now starts within the countdown), voting runs to the start.
    /// </summary>
    public static DateTimeOffset ClosingAfterMove(MoviePoll poll, DateTimeOffset was, DateTimeOffset start, DateTimeOffset now, TimeSpan countdownLead)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var wasDefault = poll.ClosesAt == DefaultCloses(was, poll.OpenedAt, countdownLead);
        return !wasDefault && poll.ClosesAt <= start
            ? poll.ClosesAt
            : DefaultCloses(start, now, countdownLead) ?? start;
    }
}
