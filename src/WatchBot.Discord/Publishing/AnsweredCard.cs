namespace WatchBot.Discord.Publishing;

/// <summary>
/// A session card that went out as an interaction's own answer (callback type 4, or type 5 and then
/// <c>@original</c>): the card's key, the message it became, and the body as drawn, so the kit's
/// first "post" of the same state costs no request at all.
/// </summary>
/// <param name="CardKey">The card's key (its slot is <c>card:{key}</c>).</param>
/// <param name="MessageId">The message id Discord gave the answer, or null when it could not be learnt.</param>
/// <param name="Drawn">The message body as sent (JSON), to compare with the state the kit brings.</param>
internal sealed record AnsweredCard(string CardKey, string? MessageId, string Drawn);
