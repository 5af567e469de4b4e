using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Polls;

/// <summary>
/// One title put forward in a poll. <paramref name="Number"/> is what people vote with (<c>n:2</c>): it
/// never changes, so a removal does not move anyone's vote onto another title.
/// </summary>
/// <param name="Number">1, 2, 3… in the order titles were put forward.</param>
/// <param name="Title">The title, cleaned.</param>
/// <param name="By">Who put it forward.</param>
/// <param name="At">When: the earliest nomination wins a tie.</param>
public sealed record Nomination(int Number, string Title, UserRef By, DateTimeOffset At)
{
    /// <summary>Put forward with <c>rated:18</c>: allowed only in an age-restricted channel; a winner makes the booking 18+.</summary>
    public bool Adult { get; init; }
}
