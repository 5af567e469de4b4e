using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Polls.Rules;

// /watch poll open carry:yes: the titles that did not win the channel's last closed poll start the new
// one. They keep their order and their nominators (someone forgotten since stays "someone"), so each
// still counts as that person's one nomination: nominating again replaces it, as in any poll. Numbers
// start again at 1, and votes do not carry: people vote again.
public static partial class PollRules
{
    /// <summary>The channel's most recently closed poll among those the engine loaded (it loads it for carry:yes only).</summary>
    private static MoviePoll? LastClosed(CommandContext context) =>
        context.Polls
            .Where(p => !p.IsOpen && p.Channel == context.Channel)
            .OrderByDescending(p => p.ClosedAt)
            .ThenByDescending(p => p.OpenedAt)
            .FirstOrDefault();

    /// <summary><paramref name="poll"/> (new, empty) holding the nominations of <paramref name="last"/> except its winner, renumbered in order.</summary>
    internal static MoviePoll CarriedOver(MoviePoll poll, MoviePoll last)
    {
        var kept = last.Nominations
            .Where(n => last.Winner is null || !string.Equals(n.Title, last.Winner, StringComparison.Ordinal))
            .OrderBy(n => n.Number)
            .Take(MaxNominations)
            .Select((n, i) => n with { Number = i + 1 })
            .ToList();
        return poll with { Nominations = [.. kept], NextNumber = kept.Count + 1 };
    }
}
