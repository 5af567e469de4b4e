using WatchBot.Core.Kernel;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// An interaction in <see cref="Channel"/> that may answer with the session card (<c>/watch start</c>,
/// <c>/watch schedule</c>), opened before the command runs: the kit asked to post a card there waits
/// for it instead of posting a second copy through REST. It always completes (the handler ends it in a
/// <c>finally</c>): with the card answered, or with null when the answer was something else.
/// </summary>
internal sealed class PendingAnswer(ChannelAddress channel)
{
    private readonly TaskCompletionSource<AnsweredCard?> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChannelAddress Channel { get; } = channel;

    /// <summary>The card offered as the answer (key and drawn body), before its message id is known.</summary>
    public (string CardKey, string Drawn)? Offered { get; private set; }

    public Task<AnsweredCard?> Done => _done.Task;

    public bool IsDone => _done.Task.IsCompleted;

    public void Offer(string cardKey, string drawn) => Offered = (cardKey, drawn);

    /// <summary>Ends the answer: <paramref name="card"/> when the card went out as the answer, else null.</summary>
    public void Complete(AnsweredCard? card) => _done.TrySetResult(card);

    /// <summary>No card went out as the answer (a refusal, a failure): the kit posts as usual.</summary>
    public void Decline() => Complete(null);
}
