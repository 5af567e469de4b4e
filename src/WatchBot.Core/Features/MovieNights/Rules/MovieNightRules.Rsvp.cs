using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights.Rules;

// RSVPs: one answer per person per booking; seats go to those going in order, the rest wait, and a
// drop promotes the first waiting (the seating is derived, so the same rule seats and promotes).
public static partial class MovieNightRules
{
    private static Decision Rsvp(CommandContext context, RsvpCommand command)
    {
        var example = $"/watch rsvp {AnswerWord(command.Answer)}";
        if (FindBooking(context, command.Session, command.Title) is not { } session)
        {
            return RefuseBooking(context, command.Session, command.Title, example);
        }

        if (session.Phase != SessionPhase.Scheduled)
        {
            return Decision.Refuse($"\"{session.Title}\" has already started: answers are for bookings still ahead.", "/watch status");
        }

        var user = context.Actor.User;
        var index = session.Rsvps.FindIndex(r => r.User.Key == user.Key);
        if (index >= 0 && session.Rsvps[index].Answer == command.Answer)
        {
            return Decision.ReplyOnly(new RsvpNoted(session, user.Key, command.Answer, Unchanged: true));
        }

        // A new answer starts a new place in the queue for seats: going again after maybe goes to the back.
        var answer = new Rsvp(user, command.Answer, context.Now);
        var next = session with { Rsvps = index >= 0 ? session.Rsvps.SetItem(index, answer) : session.Rsvps.Add(answer) };
        var seatedBefore = RsvpSeating.Of(session).Seated.Select(r => r.User.Key).ToHashSet();
        var promoted = RsvpSeating.Of(next).Seated
            .Where(r => r.User.Key != user.Key && !seatedBefore.Contains(r.User.Key))
            .Select(r => r.User)
            .ToList();
        return new Decision
        {
            Next = next,
            ToChannel = [new RsvpChanged(next, user, command.Answer, promoted)],
            Reply = new RsvpNoted(next, user.Key, command.Answer, Unchanged: false),
        };
    }

    private static Decision Attendees(CommandContext context, AttendeesCommand command)
    {
        const string Example = "/watch attendees";
        if (FindBooking(context, command.Session, command.Title) is not { } session)
        {
            return RefuseBooking(context, command.Session, command.Title, Example);
        }

        var actor = context.Actor;
        return actor.IsModerator || actor.User.Key == session.Host.Key
            ? Decision.ReplyOnly(new AttendeesListed(session))
            : Decision.Refuse($"Only the host ({session.Host.DisplayName}) and moderators can list who is coming to \"{session.Title}\".", $"/watch rsvp going title:\"{session.Title}\"");
    }

    private static string AnswerWord(RsvpAnswer answer) => answer switch
    {
        RsvpAnswer.Going => "going",
        RsvpAnswer.Maybe => "maybe",
        _ => "no",
    };
}
