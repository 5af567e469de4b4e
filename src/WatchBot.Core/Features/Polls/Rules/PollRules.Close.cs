using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Polls.Rules;

// Closing, once: by the host (/watch poll close) or by the PollClose timer. Whichever comes second
// finds the poll closed and says nothing; the winner becomes the session's title in the same commit.
public static partial class PollRules
{
    private static Decision CloseByHost(CommandContext context, MoviePoll poll, WatchSession session) =>
        MayRun(session, context.Actor)
            ? Close(poll, session, context.Now)
            : Decision.Refuse($"Only the host of \"{session.Title}\" or a moderator can close its poll.", ShowExample);

    /// <summary>
    /// The PollClose timer of <paramref name="session"/> fired for <paramref name="timer"/>'s target: it
    /// closes <paramref name="poll"/> only if that poll is still open and still closes at that instant.
    /// </summary>
    public static Decision OnTimer(WatchSession session, MoviePoll? poll, SessionTimer timer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(timer);
        return poll is { IsOpen: true } open && open.Session == session.Id && open.ClosesAt == timer.Target
            ? Close(open, session, now)
            : Decision.Nothing;
    }

    /// <summary>Closes <paramref name="poll"/>: the winner (if anyone voted) becomes the title of a session not yet ended.</summary>
    public static Decision Close(MoviePoll poll, WatchSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(session);
        var winner = PollTally.Winner(poll);
        var closed = poll with { ClosedAt = now, Winner = winner?.Title };
        var retitle = winner is not null && session.Phase != SessionPhase.Ended && !string.Equals(winner.Title, session.Title, StringComparison.Ordinal);
        var next = retitle ? session with { Title = winner!.Title, Adult = session.Adult || winner.Adult, Revision = session.Revision + 1 } : session;
        return new Decision
        {
            Next = next,
            Changes = [new PollChange(closed)],
            ToChannel = retitle ? [new PollClosed(closed, next, winner), new TitleFromPoll(next, session.Title)] : [new PollClosed(closed, next, winner)],
        };
    }
}
