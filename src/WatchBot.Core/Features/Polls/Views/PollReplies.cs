using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Polls.Views;

/// <summary>What the poll says to the sender alone: their nomination, their vote.</summary>
public static class PollReplies
{
    public static Reply Nominated(NominationNoted noted)
    {
        ArgumentNullException.ThrowIfNull(noted);
        var title = new UserTextPart(noted.Nomination.Title, TextStyle.Strong);
        if (noted.Unchanged)
        {
            return new Reply(ViewLine.Of($"🎬 {title} is already your nomination (number {noted.Nomination.Number})."));
        }

        var replaced = noted.Replaced is { } old ? new TextPart($" It replaces your earlier one, number {old.Number}.") : new TextPart("");
        return new Reply(ViewLine.Of($"🎬 You nominated {title}: it is number {noted.Nomination.Number}.{replaced}"));
    }

    public static Reply Voted(VoteNoted noted)
    {
        ArgumentNullException.ThrowIfNull(noted);
        var title = new UserTextPart(noted.Choice.Title, TextStyle.Strong);
        var verb = noted.Unchanged ? "Your vote already is" : noted.Changed ? "You changed your vote to" : "You voted for";
        return new Reply(ViewLine.Of($"🗳 {new TextPart(verb)} number {noted.Choice.Number}, {title}. You can change it until the poll closes ({noted.Poll.ClosesAt:R})."));
    }
}
