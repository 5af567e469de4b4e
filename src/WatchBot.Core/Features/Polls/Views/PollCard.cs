using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Polls.Views;

/// <summary>
/// The poll's one message: what it decides, when it closes, each nomination with its votes, and how to
/// vote (typed, or in its menu: <see cref="PollMenu"/>). Closed, it shows the result and offers nothing more.
/// </summary>
public static class PollCard
{
    public static string Key(PollId id) => "poll:" + id.Value;

    public static Card Of(MoviePoll poll, WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(session);
        var lines = new List<ViewLine> { Headline(poll, session) };
        lines.AddRange(poll.Nominations.Select(n => Row(poll, n)));
        lines.Add(poll.Nominations.Count == 0
            ? ViewLine.Of(new TextPart("No titles yet: /watch nominate title:\"…\" puts one forward."))
            : poll.IsOpen
                ? ViewLine.Of(new TextPart("Vote with /watch vote n:<number> or in the menu (you can change your vote until the poll closes)."))
                : ViewLine.Of(new TextPart("Voting is over.")));
        return new Card(Key(poll.Id), lines, []) { Choice = PollMenu.Of(poll) };
    }

    public static ViewLine Headline(MoviePoll poll, WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(session);
        var start = session.ScheduledFor ?? session.CreatedAt;
        return poll.IsOpen
            ? ViewLine.Of($"🗳 Movie poll for {new UserTextPart(session.Title, TextStyle.Strong)} at {start:F}: voting closes {poll.ClosesAt:R} ({poll.ClosesAt:T}).")
            : ViewLine.Of($"🗳 Movie poll for {new UserTextPart(session.Title, TextStyle.Strong)} at {start:F}: closed {poll.ClosedAt!.Value:T}.");
    }

    /// <param name="poll">The poll, just opened.</param>
    /// <param name="session">The booking it picks a title for.</param>
    /// <param name="carried">With <c>carry:yes</c>, how many titles came from the last poll; null without it.</param>
    public static Announcement OpenedLine(MoviePoll poll, WatchSession session, int? carried = null)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(session);
        var opened = ViewLine.Of(
            $"🗳 {poll.OpenedBy} opened a movie poll for {new UserTextPart(session.Title, TextStyle.Strong)}: nominate with /watch nominate title:\"…\", vote with /watch vote n:1 or in the poll's menu. The winner becomes the title.");
        return carried switch
        {
            null => new Announcement(opened),
            0 => new Announcement([opened, ViewLine.Of(new TextPart("↪ Nothing carried over: the last poll had no title besides its winner."))]),
            1 => new Announcement([opened, ViewLine.Of(new TextPart("↪ 1 title carried over from the last poll, under its nominator's name; nominating again replaces yours, and everyone votes afresh."))]),
            var n => new Announcement([opened, ViewLine.Of(new TextPart(
                $"↪ {n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} titles carried over from the last poll, under their nominators' names; nominating again replaces yours, and everyone votes afresh."))]),
        };
    }

    public static Announcement ClosedLine(MoviePoll poll, Nomination? winner)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return new Announcement(winner is null
            ? ViewLine.Of(new TextPart("🗳 The movie poll closed with no votes: the title stays as it was."))
            : ViewLine.Of($"🏆 The movie poll closed: {new UserTextPart(winner.Title, TextStyle.Strong)} won with {Votes(poll.VotesFor(winner.Number))} and is now the title."));
    }

    private static ViewLine Row(MoviePoll poll, Nomination nomination)
    {
        var won = !poll.IsOpen && poll.Winner is not null && string.Equals(poll.Winner, nomination.Title, StringComparison.Ordinal) ? " 🏆" : "";
        return ViewLine.Of($"{nomination.Number}. {new UserTextPart(nomination.Title, TextStyle.Strong)} — {Votes(poll.VotesFor(nomination.Number))} (by {nomination.By}){won}");
    }

    private static TextPart Votes(int count) => new(count == 1 ? "1 vote" : $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} votes");
}
