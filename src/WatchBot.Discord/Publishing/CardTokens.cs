using System.Collections.Concurrent;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// The interaction token behind each card that was an interaction's answer, while it lives: such a
/// card is edited through <c>PATCH /webhooks/{app}/{token}/messages/@original</c>, which is not held
/// behind the global 50/s (PROTOCOLS.md §1 "Follow-ups / editing", §3 "Global"). The token works 15
/// minutes (§1 "Deadline"); after <see cref="DiscordCauseBook.Lifetime"/> the card is edited through
/// <c>PATCH /channels/{c}/messages/{m}</c> like any other. In memory only: never stored, never logged.
/// </summary>
internal sealed class CardTokens(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (DiscordSendCause Cause, DateTimeOffset IssuedAt)> _byMessage = new(StringComparer.Ordinal);
    private readonly SweepPacer _sweeps = new(1024);

    /// <summary>Tokens held, live or not yet swept (for tests).</summary>
    internal int Held => _byMessage.Count;

    /// <summary>Message <paramref name="messageId"/> is the answer of the interaction <paramref name="cause"/>, received at <paramref name="issuedAt"/>.</summary>
    public void Remember(string messageId, DiscordSendCause cause, DateTimeOffset issuedAt)
    {
        _byMessage[messageId] = (cause, issuedAt);
        if (!_sweeps.Added())
        {
            return;
        }

        foreach (var pair in _byMessage)
        {
            if (!Lives(pair.Value.IssuedAt))
            {
                _byMessage.TryRemove(pair);
            }
        }

        _sweeps.Swept(_byMessage.Count);
    }

    /// <summary>The interaction whose token still edits <paramref name="messageId"/>, or null (unknown, or too old).</summary>
    public DiscordSendCause? LiveFor(string messageId)
    {
        if (!_byMessage.TryGetValue(messageId, out var entry))
        {
            return null;
        }

        if (Lives(entry.IssuedAt))
        {
            return entry.Cause;
        }

        _byMessage.TryRemove(messageId, out _);
        return null;
    }

    /// <summary>The webhook refused the token (expired early, revoked): channel REST from now on.</summary>
    public void Forget(string messageId) => _byMessage.TryRemove(messageId, out _);

    private bool Lives(DateTimeOffset issuedAt) => time.GetUtcNow() - issuedAt < DiscordCauseBook.Lifetime;
}
