using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rest;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// The interaction side of "the card is the answer": once the answer went out, which message it
/// became (the callback's <c>with_response</c> on the gateway; <c>GET …/messages/@original</c> for an
/// answer given as the HTTP body, which carries no id), handed to <see cref="AnsweredCards"/> for
/// the card slot and to <see cref="CardTokens"/> for edits while the token lives.
/// </summary>
internal sealed class CardAnswers(
    AnsweredCards answered,
    CardTokens tokens,
    IDiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<CardAnswers> logger)
{
    /// <summary>Tries of <c>GET @original</c>: Discord may not have taken the HTTP answer in yet.</summary>
    private const int OriginalTries = 3;

    /// <summary>
    /// The answer went out (<paramref name="messageId"/> when the transport said which message it
    /// became): if it was the card, its message id goes to the slot and its token to the card's edits.
    /// </summary>
    public async Task AnsweredAsync(Interaction interaction, JsonObject answer, string? messageId, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (answered.Take(interaction.Id) is not { } pending)
        {
            return;
        }

        if (pending.Offered is null || !InteractionAnswers.IsPublicMessage(answer))
        {
            answered.Finish(pending, null);
            return;
        }

        var application = DiscordInteractionHandler.ApplicationOf(interaction, options.Value);
        messageId ??= await OriginalIdAsync(interaction, application, cancellationToken);
        if (messageId is not null)
        {
            tokens.Remember(messageId, new DiscordSendCause(application, interaction.Token), receivedAt);
        }

        answered.Finish(pending, messageId);
    }

    /// <summary>
    /// A refusal after a public "thinking…": refusals stay private, and a deferred answer cannot turn
    /// ephemeral, so the public placeholder is deleted and the refusal goes as an ephemeral follow-up.
    /// </summary>
    public async Task RefuseAfterPublicDeferAsync(Interaction interaction, JsonObject ephemeral, CancellationToken cancellationToken)
    {
        var application = DiscordInteractionHandler.ApplicationOf(interaction, options.Value);
        await rest.SendAsync(DiscordRoute.DeleteOriginal(application, interaction.Token), null, cancellationToken);
        await rest.SendAsync(DiscordRoute.FollowUp(application, interaction.Token), ephemeral.DeepClone(), cancellationToken);
    }

    /// <summary>However the interaction ended, the kit stops waiting for its card.</summary>
    public void Close(Interaction interaction)
    {
        if (answered.Take(interaction.Id) is { } pending)
        {
            answered.Finish(pending, null);
        }
    }

    private async Task<string?> OriginalIdAsync(Interaction interaction, Snowflake application, CancellationToken cancellationToken)
    {
        var result = DiscordResult.NoResponse;
        for (var attempt = 1; attempt <= OriginalTries; attempt++)
        {
            result = await rest.SendAsync(DiscordRoute.GetOriginal(application, interaction.Token), null, cancellationToken);
            if (result.IsSuccess && result.Id is { } id)
            {
                return id;
            }

            if (result.Status != 404 || attempt == OriginalTries)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), time, cancellationToken);
        }

        Log.OriginalUnknown(logger, interaction.Id.ToString(), result.Status, result.Code);
        return null;
    }
}
