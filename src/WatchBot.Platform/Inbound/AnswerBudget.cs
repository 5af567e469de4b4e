namespace WatchBot.Platform.Inbound;

/// <summary>
/// The answer-or-defer rule every chat platform imposes (Discord: answer an interaction within 3 s;
/// Slack: acknowledge a command or an envelope within 3 s): wait for the work up to a budget on the
/// injected clock; if it is done, answer with it; if not, the caller acknowledges now ("working on
/// it", a deferred response) and the work goes on, to be delivered later.
/// </summary>
public static class AnswerBudget
{
    /// <summary>
    /// <paramref name="work"/>'s result if it completes within <paramref name="budget"/> (the budget
    /// counting from this call), else a late answer (<see cref="Answer{T}.IsInTime"/> false): <paramref name="work"/> is not
    /// cancelled and still completes, for the caller to deliver later. A cancelled token ends the wait
    /// as late, never as an exception: the caller still acknowledges.
    /// </summary>
    public static async Task<Answer<T>> WithinAsync<T>(Task<T> work, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken) =>
        await FinishesWithinAsync(work, budget, time, cancellationToken) ? new Answer<T>(true, await work) : default;

    /// <summary>Whether <paramref name="work"/> completes (in any state) within <paramref name="budget"/>; it is never cancelled here.</summary>
    public static async Task<bool> FinishesWithinAsync(Task work, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(time);

        // Every interaction passes here: a finished answer needs no timer, and otherwise one
        // WaitAsync (a single timer, released as soon as the work ends) replaces a linked token
        // source, a delay and a WhenAny. Its own outcome (done, timed out, cancelled) is not an
        // exception to the caller: only whether the work completed counts.
        if (!work.IsCompleted)
        {
            await work.WaitAsync(budget, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return work.IsCompleted;
    }
}

/// <summary>What <see cref="AnswerBudget.WithinAsync{T}"/> found: the result in time, or that it is late.</summary>
/// <param name="IsInTime">Whether the work finished within the budget.</param>
/// <param name="Value">Its result when it did.</param>
public readonly record struct Answer<T>(bool IsInTime, T? Value);
