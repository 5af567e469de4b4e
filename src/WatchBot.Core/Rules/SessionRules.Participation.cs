using System.Buffers;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Text;
using WatchBot.Core.Commands;

namespace WatchBot.Core.Rules;

// What any member may do: say they are ready, react.
public static partial class SessionRules
{
    // Enough for a flag or a family emoji; a sentence is a note, not an emoji.
    private const int MaxEmojiLength = 4;
    private const int MaxEmojiChars = 64;

    private static readonly SearchValues<char> ShortcodeChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+-");

    private static Decision Ready(CommandContext context)
    {
        // Ready applies to the live session, else to the next scheduled one (an RSVP).
        var session = context.Live ?? (context.Upcoming.Count > 0 ? context.Upcoming[0] : null);
        if (session is null)
        {
            return Decision.Refuse("There is no session here to be ready for.", StartExample);
        }

        var user = context.Actor.User;
        if (session.ReadyUserIds.Contains(user.Id))
        {
            return Decision.ReplyOnly(new AlreadySo(session, session.PositionAt(context.Now), "you are already marked ready"));
        }

        var ready = session.WithParticipant(user) with { ReadyUserIds = session.ReadyUserIds.Add(user.Id) };
        return new Decision
        {
            Next = ready,
            ToChannel = [new ReadyMarked(ready, user, ready.ReadyUserIds.Count)],
        };
    }

    private static Decision React(CommandContext context, WatchSession live, ReactCommand command)
    {
        var emoji = UserText.Clean(command.Emoji);
        if (emoji.Length == 0 || emoji.Contains(' ', StringComparison.Ordinal)
            || emoji.Length > MaxEmojiChars || (UserText.VisibleLength(emoji) > MaxEmojiLength && !IsShortcode(emoji)))
        {
            return InvalidValue("emoji: takes one emoji, like 😂 or :joy:. Put words in note:.", "/watch react emoji:😂 note:\"that face\"");
        }

        var note = command.Note is null ? null : UserText.Clean(command.Note);
        if (note is not null && UserText.VisibleLength(note) > context.Options.MaxNoteLength)
        {
            return InvalidValue($"The note is too long: {context.Options.MaxNoteLength} characters at most.", "/watch react emoji:😂 note:\"that face\"");
        }

        var reaction = new Reaction(
            live.Reactions.Count + 1,
            emoji,
            string.IsNullOrEmpty(note) ? null : note,
            live.PositionAt(context.Now),
            context.Actor.User,
            context.Now);

        var next = live.WithParticipant(context.Actor.User) with { Reactions = live.Reactions.Add(reaction) };
        return new Decision
        {
            Next = next,
            ToChannel = [new ReactionAdded(next, reaction)],
            Reply = new ReactionNoted(reaction),
        };
    }

    // ":joy:" as Slack and many keyboards write emoji: one emoji, however many letters its name has.
    private static bool IsShortcode(string emoji) =>
        emoji.Length > 2 && emoji[0] == ':' && emoji[^1] == ':'
        && !emoji.AsSpan(1, emoji.Length - 2).ContainsAnyExcept(ShortcodeChars);
}
