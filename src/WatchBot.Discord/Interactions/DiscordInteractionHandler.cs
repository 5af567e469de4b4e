using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Gateway;
using WatchBot.Discord.Rest;
using WatchBot.Platform.Inbound;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// Answers interactions for both transports within Discord's 3 seconds: the answer inline when it is
/// ready within <c>Discord:AckBudget</c>, else "thinking…" first and the answer by editing the
/// original response. The gateway hands interactions here; the HTTP endpoint too. When the answer is
/// the public session card (<see cref="CardAnswers"/>), the message it became is learnt and handed to
/// the card slot, so the card is not posted again and later edits find it.
/// </summary>
internal sealed class DiscordInteractionHandler(
    InteractionCommands commands,
    [FromKeyedServices(DiscordPlatform.Name)] Deduplicator replays,
    IDiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger,
    CardAnswers cards) : IGatewayInteractionHandler
{
    /// <summary>Gateway: the answer goes through <c>POST /interactions/{id}/{token}/callback</c>.</summary>
    public async Task HandleAsync(JsonElement interaction, CancellationToken cancellationToken)
    {
        if (!Interaction.TryParse(interaction, out var parsed, out var reason) || parsed is null)
        {
            Log.InteractionRefused(logger, reason);
            return;
        }

        if (parsed.Type == InteractionTypes.Ping || !InteractionCommands.IsKnownType(parsed.Type))
        {
            Log.InteractionRefused(logger, $"type {parsed.Type} not handled");
            return;
        }

        // A resumed session may deliver an interaction again; its token answers once anyway.
        if (!replays.FirstTime(parsed.Id.ToString(), options.Value.ReplayMemory))
        {
            Log.InteractionReplayed(logger, parsed.Id.ToString());
            return;
        }

        await RespondAsync(parsed, answer => CallbackAsync(parsed, answer, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Computes the answer and hands the first response to <paramref name="initial"/> within the
    /// budget (it returns the message id the answer became, when the transport tells it); when
    /// deferred, completes by editing <c>@original</c>. Never throws for bad input.
    /// </summary>
    public async Task RespondAsync(Interaction interaction, Func<JsonObject, Task<string?>> initial, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        var work = AnswerSafelyAsync(interaction, cancellationToken);
        try
        {
            if (await AnswerBudget.WithinAsync(work, options.Value.AckBudget, time, cancellationToken) is { IsInTime: true, Value: { } answered })
            {
                var messageId = await initial(answered);
                await cards.AnsweredAsync(interaction, answered, messageId, receivedAt, cancellationToken);
                return;
            }

            Log.InteractionDeferred(logger, interaction.Id.ToString());

            // A command whose answer may be the card defers in public: a deferred answer keeps its flags.
            var inPublic = commands.MayAnswerWithCard(interaction);
            await initial(inPublic ? InteractionAnswers.DeferredPublic() : InteractionAnswers.DeferredEphemeral());
            var answer = await work;
            if (answer["data"] is not JsonObject data)
            {
                return;
            }

            if (inPublic && !InteractionAnswers.IsPublicMessage(answer))
            {
                await cards.RefuseAfterPublicDeferAsync(interaction, data, cancellationToken);
                return;
            }

            var edited = await rest.SendAsync(DiscordRoute.EditOriginal(ApplicationOf(interaction, options.Value), interaction.Token), data.DeepClone(), cancellationToken);
            await cards.AnsweredAsync(interaction, answer, edited.IsSuccess ? edited.Id : null, receivedAt, cancellationToken);
        }
        finally
        {
            // However it ended (a failure, shutdown), the kit must not wait for this answer any longer.
            cards.Close(interaction);
        }
    }

    private async Task<JsonObject> AnswerSafelyAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            return await commands.AnswerAsync(interaction, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.InteractionFailed(logger, ex, interaction.Id.ToString());
            return InteractionAnswers.Ephemeral("Something went wrong on my side and nothing was changed. Please try again in a moment.");
        }
    }

    /// <summary>
    /// Gateway answers go through the callback endpoint; a public card asks <c>with_response=true</c>,
    /// whose <c>resource.message.id</c> names the message it became (PROTOCOLS.md §1 "Two ways to answer").
    /// </summary>
    private async Task<string?> CallbackAsync(Interaction interaction, JsonObject answer, CancellationToken cancellationToken)
    {
        if (!InteractionAnswers.IsPublicMessage(answer))
        {
            await rest.SendAsync(DiscordRoute.InteractionCallback(interaction.Id, interaction.Token), answer, cancellationToken);
            return null;
        }

        var result = await rest.SendAsync(DiscordRoute.InteractionCallbackWithResponse(interaction.Id, interaction.Token), answer, cancellationToken);
        return result.Body is { ValueKind: JsonValueKind.Object } body
            && body.TryGetProperty("resource", out var resource) && resource.ValueKind == JsonValueKind.Object
            && resource.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
            && message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }

    /// <summary>The interaction's application, else the configured one (validated as a snowflake at start).</summary>
    internal static Snowflake ApplicationOf(Interaction interaction, DiscordOptions options) =>
        interaction.ApplicationId ?? Snowflake.Parse(options.ApplicationId!);
}
