using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.Polls.Rules;

// Taking part: /watch nominate and /watch vote. The space decides who may (SpaceAction.Nominate/Vote);
// a kicked person is ignored, and a locked session hears only from the people already taking part.
public static partial class PollRules
{
    private const string VoteExample = "/watch vote n:1";

    private static Decision Nominate(CommandContext context, NominateCommand command) =>
        WithOpenPoll(context, command, (poll, session) =>
        {
            if (MayTakePart(context, session, SpaceAction.Nominate) is { } refusal)
            {
                return refusal;
            }

            var title = UserText.Clean(command.Title);

            // An age-restricted title only where the channel is age-restricted, as for start and schedule.
            if (command.Adult && SessionRules.RefuseAdult(context, $"/watch nominate title:\"{title}\"") is { } adultRefused)
            {
                return adultRefused;
            }

            if (title.Length == 0 || UserText.VisibleLength(title) > context.Options.MaxTitleLength)
            {
                return Decision.Refuse($"A title needs 1 to {context.Options.MaxTitleLength} characters.", "/watch nominate title:\"Alien\"");
            }

            var me = context.Actor.User.Key;
            var mine = poll.Nominations.Find(n => n.By.Key == me);
            var same = poll.Nominations.Find(n => string.Equals(n.Title, title, StringComparison.OrdinalIgnoreCase));
            if (same is not null)
            {
                return same == mine
                    ? Decision.ReplyOnly(new NominationNoted(poll, session, same, Replaced: null, Unchanged: true))
                    : Decision.Refuse($"\"{same.Title}\" is already nominated as number {same.Number}: vote for it instead.", $"/watch vote n:{same.Number}");
            }

            if (mine is null && poll.Nominations.Count >= MaxNominations)
            {
                return Decision.Refuse($"The poll already has {MaxNominations} titles, as many as a menu can offer: vote for one of them.", ShowExample);
            }

            // One each: a second nomination replaces the first, and the votes it had are freed.
            var added = new Nomination(poll.NextNumber, title, context.Actor.User, context.Now) { Adult = command.Adult };
            var next = (mine is null ? poll : Without(poll, mine.Number)) with
            {
                NextNumber = poll.NextNumber + 1,
            };
            next = next with { Nominations = next.Nominations.Add(added) };
            return Saved(session, next, new NominationNoted(next, session, added, mine, Unchanged: false), new PollChanged(next, session));
        });

    private static Decision Vote(CommandContext context, VoteCommand command) =>
        WithOpenPoll(context, command, (poll, session) =>
        {
            if (MayTakePart(context, session, SpaceAction.Vote) is { } refusal)
            {
                return refusal;
            }

            if (poll.Numbered(command.Number) is not { } choice)
            {
                return poll.Nominations.Count == 0
                    ? Decision.Refuse("Nothing is nominated yet: put a title forward first.", "/watch nominate title:\"Alien\"")
                    : Decision.Refuse(
                        $"There is no number {command.Number} in the poll. Numbers: {string.Join(", ", poll.Nominations.Select(n => n.Number))}.",
                        $"/watch vote n:{poll.Nominations[0].Number}");
            }

            var me = context.Actor.User.Key;
            if (poll.Votes.TryGetValue(me, out var before) && before == command.Number)
            {
                return Decision.ReplyOnly(new VoteNoted(poll, session, choice, Changed: false, Unchanged: true));
            }

            var next = poll with { Votes = poll.Votes.SetItem(me, command.Number) };
            return Saved(session, next, new VoteNoted(next, session, choice, Changed: poll.Votes.ContainsKey(me), Unchanged: false), new PollChanged(next, session));
        });

    private static Decision Remove(CommandContext context, MoviePoll poll, WatchSession session, int number)
    {
        if (!MayRun(session, context.Actor))
        {
            return Decision.Refuse($"Only the host of \"{session.Title}\" or a moderator can remove a nomination.", ShowExample);
        }

        if (poll.Numbered(number) is not { } gone)
        {
            return Decision.Refuse($"There is no number {number} in the poll.", ShowExample);
        }

        var next = Without(poll, number);
        return Saved(session, next, new NominationRemoved(next, session, gone), new PollChanged(next, session));
    }

    /// <summary>The poll without nomination <paramref name="number"/> and the votes it had (the others keep their numbers).</summary>
    private static MoviePoll Without(MoviePoll poll, int number) => poll with
    {
        Nominations = poll.Nominations.RemoveAll(n => n.Number == number),
        Votes = poll.Votes.RemoveRange(poll.Votes.Where(v => v.Value == number).Select(v => v.Key)),
    };

    /// <summary>Null when the sender may take part in the poll of <paramref name="session"/>; otherwise the refusal.</summary>
    private static Decision? MayTakePart(CommandContext context, WatchSession session, SpaceAction action)
    {
        var user = context.Actor.User;
        if (session.Kicked.Contains(user.Key))
        {
            return Decision.Refuse($"A moderator removed you from \"{session.Title}\", so you can't take part in its poll.", ShowExample);
        }

        var taking = session.Host.Key == user.Key || session.Participants.Exists(p => p.Key == user.Key);
        if (session.Locked && !taking && !context.Actor.IsModerator)
        {
            return Decision.Refuse($"\"{session.Title}\" is locked: only people already taking part can nominate or vote.", ShowExample);
        }

        return Permissions.May(context, action, session) is { } refusal ? Decision.Refuse(refusal, ShowExample) : null;
    }
}
