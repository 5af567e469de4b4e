using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Breaks.Views;

/// <summary>The answers to the one who asked: private.</summary>
public static class BreakReplies
{
    public static Reply Noted(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var count = BreakBook.Open(session).Count;
        var people = count == 1 ? "the only one so far" : $"one of {count}";
        return new Reply(ViewLine.Of($"☕ Asked for a break ({new TextPart(people)}). The host ({session.Host}) or a moderator can approve it."));
    }

    public static Reply AlreadyAsked(BreakAlreadyAsked already)
    {
        ArgumentNullException.ThrowIfNull(already);
        return new Reply(SessionWords.Merge(ViewLine.Of(
            $"You already asked for a break at {already.AskedAt:T} ({already.AskedAt:R}); one ask each is enough. The host ({already.Session.Host}) or a moderator can approve it.").Parts));
    }

    public static Reply TooSoon(BreakAskTooSoon tooSoon)
    {
        ArgumentNullException.ThrowIfNull(tooSoon);
        return new Reply(SessionWords.Merge(ViewLine.Of(
            $"Sorry — one ask for a break every {SessionWords.Duration(tooSoon.Cooldown)} each. You can ask again at {tooSoon.NextAt:T} ({tooSoon.NextAt:R}).").Parts));
    }
}
