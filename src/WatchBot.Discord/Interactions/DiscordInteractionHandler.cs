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
/// ready within <c>Discord:AckBudget</c>, else an ephemeral "thinking…" first and the answer by
/// editing the original response. The gateway hands interactions here; the HTTP endpoint too.
/// </summary>
internal sealed class DiscordInteractionHandler(
    InteractionCommands commands,
    [FromKeyedServices(DiscordPlatform.Name)] Deduplicator replays,
    IDiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger) : IGatewayInteractionHandler
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

        await RespondAsync(
            parsed,
            answer => rest.SendAsync(DiscordRoute.InteractionCallback(parsed.Id, parsed.Token), answer, cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// Computes the answer and hands the first response to <paramref name="initial"/> within the
    /// budget; when deferred, completes by editing <c>@original</c>. Never throws for bad input.
    /// </summary>
    public async Task RespondAsync(Interaction interaction, Func<JsonObject, Task> initial, CancellationToken cancellationToken)
    {
        var work = AnswerSafelyAsync(interaction, cancellationToken);
        if (await AnswerBudget.WithinAsync(work, options.Value.AckBudget, time, cancellationToken) is { IsInTime: true, Value: { } answered })
        {
            await initial(answered);
            return;
        }

        Log.InteractionDeferred(logger, interaction.Id.ToString());
        await initial(InteractionAnswers.DeferredEphemeral());
        var answer = await work;
        if (answer["data"] is JsonObject data)
        {
            await rest.SendAsync(DiscordRoute.EditOriginal(ApplicationOf(interaction, options.Value), interaction.Token), data.DeepClone(), cancellationToken);
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

    /// <summary>The interaction's application, else the configured one (validated as a snowflake at start).</summary>
    internal static Snowflake ApplicationOf(Interaction interaction, DiscordOptions options) =>
        interaction.ApplicationId ?? Snowflake.Parse(options.ApplicationId!);
}
