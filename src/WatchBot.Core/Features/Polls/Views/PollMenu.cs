using System.Globalization;
using WatchBot.Core.Grammar;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Polls.Views;

/// <summary>
/// The poll card's vote menu: one option per nomination (label "2. Dune", value "2"), picked as
/// <c>/watch vote n:2</c> on the poll's session (<see cref="CardActions.TryReadChoice"/>). A menu offers
/// at most <see cref="ViewChoice.MaxOptions"/>: past that it shows the first ones and its placeholder
/// points to the typed vote. An open poll without nominations, and a closed poll, show none.
/// </summary>
public static class PollMenu
{
    public const string Placeholder = "Vote for a title (you can change it until the poll closes)";

    public const string PlaceholderTooMany = "Vote for one of the first 25, or /watch vote n: for any number";

    /// <summary>The menu for <paramref name="poll"/>, or null when there is nothing to vote for.</summary>
    public static ViewChoice? Of(MoviePoll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        if (!poll.IsOpen || poll.Nominations.Count == 0)
        {
            return null;
        }

        var options = poll.Nominations
            .Take(ViewChoice.MaxOptions)
            .Select(n => new ViewChoiceOption($"{Number(n.Number)}. {n.Title}", Number(n.Number), Description(poll, n)))
            .ToList();
        return new ViewChoice(
            CardActions.Id("vote", poll.Session),
            poll.Nominations.Count > ViewChoice.MaxOptions ? PlaceholderTooMany : Placeholder,
            options);
    }

    private static string Description(MoviePoll poll, Nomination nomination)
    {
        var votes = poll.VotesFor(nomination.Number);
        return (votes == 1 ? "1 vote" : $"{Number(votes)} votes") + $" · by {nomination.By.DisplayName}";
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
