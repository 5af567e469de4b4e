namespace WatchBot.Core.Features.Polls;

/// <summary>Counting a poll: most votes wins; a tie goes to the earliest nomination.</summary>
public static class PollTally
{
    /// <summary>The winning nomination, or null when nobody voted (the title stays as it is).</summary>
    public static Nomination? Winner(MoviePoll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return poll.Nominations
            .Select(n => (Nomination: n, Votes: poll.VotesFor(n.Number)))
            .Where(c => c.Votes > 0)
            .OrderByDescending(c => c.Votes)
            .ThenBy(c => c.Nomination.At)
            .ThenBy(c => c.Nomination.Number)
            .Select(c => c.Nomination)
            .FirstOrDefault();
    }
}
