using System.Collections.Concurrent;
using WatchBot.Core.Kernel;
using WatchBot.Discord.Rest;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// Cards that are, or are about to be, an interaction's own answer. The interaction opens its
/// <see cref="PendingAnswer"/> before the command runs, so the card the outbox queues for the same
/// channel meanwhile is not posted twice: <see cref="DiscordMessenger"/> waits for the answer and
/// takes its message id for the card slot. In memory only; an answer nobody asked for is swept.
/// </summary>
internal sealed class AnsweredCards(TimeProvider time)
{
    /// <summary>
    /// How long an answered card waits for the kit to claim it. It is queued before the answer is
    /// sent and claimed within moments; the sweep only bounds memory, so it is generous (a token's life).
    /// </summary>
    private static readonly TimeSpan KeepAnswered = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<Snowflake, PendingAnswer> _byInteraction = new();
    private readonly ConcurrentDictionary<ChannelAddress, PendingAnswer> _byChannel = new();
    private readonly ConcurrentDictionary<string, (AnsweredCard Card, DateTimeOffset At)> _answered = new(StringComparer.Ordinal);

    // Claimed cards leave at once; only unclaimed ones wait for a sweep, paced so no answer walks them all.
    private readonly SweepPacer _sweeps = new(256);

    /// <summary>Answered cards held, unclaimed (for tests).</summary>
    internal int Held => _answered.Count;

    /// <summary>Opens the answer of <paramref name="interactionId"/> in <paramref name="channel"/> (before its command runs).</summary>
    public PendingAnswer Open(ChannelAddress channel, Snowflake interactionId)
    {
        var pending = new PendingAnswer(channel);
        _byInteraction[interactionId] = pending;
        _byChannel[channel] = pending;
        return pending;
    }

    /// <summary>The pending answer of <paramref name="interactionId"/>, taken out (the handler completes it).</summary>
    public PendingAnswer? Take(Snowflake interactionId) =>
        _byInteraction.TryRemove(interactionId, out var pending) ? pending : null;

    /// <summary>
    /// Records how <paramref name="pending"/> ended: when its card was the answer, as message
    /// <paramref name="messageId"/> (null: shown, id unknown), it waits here for the kit to claim it.
    /// </summary>
    public void Finish(PendingAnswer pending, string? messageId)
    {
        ArgumentNullException.ThrowIfNull(pending);
        AnsweredCard? card = null;
        if (pending.Offered is { } offered && !pending.IsDone)
        {
            // Kept before the pending answer completes: whoever waits on it claims it next.
            card = new AnsweredCard(offered.CardKey, messageId, offered.Drawn);
            _answered[card.CardKey] = (card, time.GetUtcNow());
            if (_sweeps.Added())
            {
                Sweep();
            }
        }

        pending.Complete(card);
        _byChannel.TryRemove(new KeyValuePair<ChannelAddress, PendingAnswer>(pending.Channel, pending));
    }

    /// <summary>
    /// The answered card with <paramref name="cardKey"/>, waiting first for an answer still open in
    /// <paramref name="channel"/>; null when there is none. The wait has no timer of its own: the
    /// handler ends every pending answer in a <c>finally</c>, within the REST client's own timeouts,
    /// and a timer on the injected clock would give up whenever a test's clock jumps.
    /// </summary>
    public async Task<AnsweredCard?> ClaimAsync(ChannelAddress channel, string cardKey, CancellationToken cancellationToken)
    {
        if (TryClaim(cardKey) is { } ready)
        {
            return ready;
        }

        if (!_byChannel.TryGetValue(channel, out var pending) || pending.IsDone)
        {
            return null;
        }

        await pending.Done.WaitAsync(cancellationToken);
        return TryClaim(cardKey);
    }

    /// <summary>The card, taken out, unless it waited past <see cref="KeepAnswered"/> (as if swept: when the sweep runs changes nothing).</summary>
    private AnsweredCard? TryClaim(string cardKey) =>
        _answered.TryRemove(cardKey, out var entry) && !Expired(entry.At, time.GetUtcNow()) ? entry.Card : null;

    private static bool Expired(DateTimeOffset at, DateTimeOffset now) => now - at > KeepAnswered;

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var pair in _answered)
        {
            if (Expired(pair.Value.At, now))
            {
                _answered.TryRemove(pair);
            }
        }

        _sweeps.Swept(_answered.Count);
    }
}
