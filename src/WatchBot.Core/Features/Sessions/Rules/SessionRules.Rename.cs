using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.Sessions.Rules;

// Renaming: whoever may end a session may change its title; a booked one keeps its time and its RSVPs.
public static partial class SessionRules
{
    private const string RenameExample = "/watch rename title:\"The Matrix Reloaded\"";

    private static Decision Rename(CommandContext context, RenameCommand command)
    {
        if ((context.Live ?? (context.Upcoming.Count > 0 ? context.Upcoming[0] : null)) is not { } session)
        {
            return Decision.Refuse("There is no session here to rename, running or booked.", StartExample);
        }

        var title = UserText.Clean(command.Title);
        if (title.Length == 0 || UserText.VisibleLength(title) > context.Options.MaxTitleLength)
        {
            return InvalidValue($"A new title needs 1 to {context.Options.MaxTitleLength} characters.", RenameExample);
        }

        if (!ControlPermissions.MayEnd(session, context.Actor))
        {
            return Decision.Refuse(ControlPermissions.WhoMay(session, "rename"), "/watch status");
        }

        if (string.Equals(title, session.Title, StringComparison.Ordinal))
        {
            return Decision.ReplyOnly(new AlreadySo(session, session.PositionAt(context.Now), $"it is already called \"{title}\""));
        }

        // A new title is a change calendars and Discord events show: the revision (iCal SEQUENCE) grows.
        var renamed = session.WithParticipant(context.Actor.User) with { Title = title, Revision = session.Revision + 1 };
        return new Decision { Next = renamed, ToChannel = [new SessionRenamed(renamed, session.Title, context.Actor.User)] };
    }
}
