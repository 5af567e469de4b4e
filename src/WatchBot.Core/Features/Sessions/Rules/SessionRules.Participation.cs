using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.Sessions.Rules;

// What any member may do: say they are ready, react.
public static partial class SessionRules
{
    private const string ReactExample = "/watch react emoji:😂 note:\"that face\"";

    private static Decision Ready(CommandContext context)
    {
        // Ready applies to the live session, else to the next scheduled one (an RSVP).
        var session = context.Live ?? (context.Upcoming.Count > 0 ? context.Upcoming[0] : null);
        if (session is null)
        {
            return Decision.Refuse("There is no session here to be ready for.", StartExample);
        }

        // Ready means "count me in for the next GO": before a start, or during a pause (Pause clears
        // the list). While the film plays there is nothing to be ready for.
        if (session.Phase == SessionPhase.Playing)
        {
            return Decision.Refuse(
                $"\"{session.Title}\" is already playing, so there is nothing to be ready for: ready counts before a start and during a pause.",
                "/watch status");
        }

        var user = context.Actor.User;
        if (session.ReadyUserIds.Contains(user.Key))
        {
            return Decision.ReplyOnly(new AlreadySo(session, session.PositionAt(context.Now), "you are already marked ready"));
        }

        var ready = session.WithParticipant(user) with { ReadyUserIds = session.ReadyUserIds.Add(user.Key) };
        return AfterReady(ready, user, context.Now);
    }

    private static Decision React(CommandContext context, WatchSession live, ReactCommand command)
    {
        // Read before cleaning: an accepted emoji holds nothing to clean, and cleaning would strip the
        // tag characters of the England, Scotland and Wales flags.
        var allowCustom = context.Channel.Platform == EmojiText.CustomEmojiPlatform;
        if (!EmojiText.TryRead(command.Emoji, allowCustom, out var emoji))
        {
            var kinds = allowCustom ? "like 😂, :joy: or one of this server's emoji" : "like 😂 or :joy:";
            return InvalidValue($"emoji: takes exactly one emoji, {kinds}. Put words in note:.", ReactExample);
        }

        var note = command.Note is null ? null : UserText.Clean(command.Note);
        if (note is not null && UserText.VisibleLength(note) > context.Options.MaxNoteLength)
        {
            return InvalidValue($"The note is too long: {context.Options.MaxNoteLength} characters at most.", ReactExample);
        }

        var user = context.Actor.User;
        var interval = context.Options.ReactionInterval;
        if (interval > TimeSpan.Zero && live.Reactions.LastBy(user.Key) is { } last && context.Now - last < interval)
        {
            var nextAt = last + interval;
            var wait = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((nextAt - context.Now).TotalSeconds)));
            return Decision.ReplyOnly(new ReactionTooSoon(wait, nextAt, interval));
        }

        var reaction = new Reaction(
            live.Reactions.Count + 1,
            emoji,
            string.IsNullOrEmpty(note) ? null : note,
            live.PositionAt(context.Now),
            user,
            context.Now);

        // The reaction is a fact appended beside the session; the session keeps only its summary.
        var next = live.WithParticipant(user) with { Reactions = live.Reactions.With(reaction) };
        return new Decision
        {
            Next = next,
            NewReactions = [reaction],
            ToChannel = [new ReactionAdded(next, reaction)],
            Reply = new ReactionNoted(reaction),
        };
    }
}
