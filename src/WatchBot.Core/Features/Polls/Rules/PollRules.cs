using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Polls.Rules;

/// <summary>
/// The movie poll's rules, pure: open, nominate, vote, remove, close (by the host or by its timer).
/// Every accepted change saves the poll (a <see cref="PollChange"/>) beside its session, so a poll and
/// the title its winner gives commit together, and a stale poll is decided again.
/// </summary>
public static partial class PollRules
{
    /// <summary>At most this many nominations: the select menus on Discord and Slack offer 25 options.</summary>
    public const int MaxNominations = 25;

    private const string ShowExample = "/watch poll show";

    public static IEnumerable<ICommandRule> Registrations() =>
    [
        CommandRule.For<PollCommand>(Poll),
        CommandRule.For<NominateCommand>(Nominate),
        CommandRule.For<VoteCommand>(Vote),
    ];

    private static Decision Poll(CommandContext context, PollCommand command) => command.Verb switch
    {
        PollVerb.Open => Open(context, command),
        PollVerb.Close => WithOpenPoll(context, command, (poll, session) => CloseByHost(context, poll, session)),
        PollVerb.Remove => WithOpenPoll(context, command, (poll, session) => Remove(context, poll, session, command.Number ?? 0)),
        _ => WithOpenPoll(context, command, (poll, session) => Decision.ReplyOnly(new PollShown(poll, session))),
    };

    /// <summary>Host or moderators: who may open, close or prune a poll.</summary>
    private static bool MayRun(WatchSession session, Actor actor) => actor.IsModerator || session.Host.Key == actor.User.Key;

    /// <summary>
    /// Runs <paramref name="decide"/> on the channel's open poll: the one for the session the command
    /// was pressed on, else the one whose session comes first. A poll whose session is no longer booked
    /// or running (cancelled, ended) counts as gone.
    /// </summary>
    private static Decision WithOpenPoll(CommandContext context, WatchCommand command, Func<MoviePoll, WatchSession, Decision> decide)
    {
        var sessions = context.Upcoming.Concat(context.Live is { } live ? [live] : Array.Empty<WatchSession>()).ToList();
        var open = context.Polls
            .Where(p => p.IsOpen && (command.Session is null || p.Session == command.Session))
            .Select(p => (Poll: p, Session: sessions.Find(s => s.Id == p.Session)))
            .Where(p => p.Session is not null)
            .OrderBy(p => p.Session!.ScheduledFor ?? p.Session.CreatedAt)
            .FirstOrDefault();
        return open.Session is null
            ? Decision.Refuse("There is no open movie poll here. The host of a booked session can open one.", "/watch poll open")
            : decide(open.Poll, open.Session);
    }

    /// <summary>A poll change beside its session, which is saved as it is (its version guards the pair).</summary>
    private static Decision Saved(WatchSession session, MoviePoll poll, Notice? reply, params Notice[] toChannel) => new()
    {
        Next = session,
        Changes = [new PollChange(poll)],
        Reply = reply,
        ToChannel = toChannel,
    };
}
