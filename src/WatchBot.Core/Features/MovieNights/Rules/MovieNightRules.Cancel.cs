using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights.Rules;

// /watch cancel: a booking ends before it starts. An occurrence of a series cancelled this way is that
// one evening only: the series books its next occurrence, as after any occurrence.
public static partial class MovieNightRules
{
    private static Decision Cancel(CommandContext context, CancelCommand command)
    {
        var (booking, refusal) = PickBooking(context, command.Title, "cancel");
        if (booking is null)
        {
            return refusal!;
        }

        if (!MayChange(booking.Host, context.Actor))
        {
            return Decision.Refuse($"Only the host of \"{booking.Title}\" or a moderator can cancel it.", "/watch status");
        }

        var cancelled = CancelledAt(booking, context.Now);
        return new Decision
        {
            Next = cancelled,
            ToChannel = [new SessionCancelled(cancelled, booking.ScheduledFor ?? context.Now, context.Actor.User)],
            Disarm = [booking.Id],
        };
    }
}
