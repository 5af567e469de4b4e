using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Http;
using WatchBot.Platform.Inbound;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>, on the kit's <see cref="SignedRequestEndpoints"/>: every request
/// verified (<see cref="DiscordRequestVerifier"/>) before anything is read, else 401; PING → PONG;
/// unreadable, malformed ids or unknown → 400; a replayed id → "already handled", changing nothing;
/// everything else answered by <see cref="DiscordInteractionHandler"/>.
/// </summary>
internal sealed class InteractionEndpoint(
    DiscordInteractionHandler handler,
    [FromKeyedServices(DiscordPlatform.Name)] Deduplicator replays,
    DiscordRequestVerifier verifier,
    IOptions<DiscordOptions> options,
    IOptions<HttpServerOptions> http,
    IHostApplicationLifetime lifetime,
    ILogger<InteractionEndpoint> logger) : SignedRequestEndpoints(verifier, http.Value.MaxRequestBodyBytes)
{
    public const string Path = "/discord/interactions";

    public override void Map(IEndpointRouteBuilder endpoints) => MapSigned(endpoints, Path, HandleAsync);

    protected override void OnRefused(SignedRequest request, SignatureCheck check) =>
        Log.InteractionRefused(logger, check switch
        {
            SignatureCheck.Stale => "stale timestamp",
            SignatureCheck.Mismatch => "bad signature",
            _ => "missing or malformed signature headers",
        });

    private async Task<IResult> HandleAsync(SignedRequest request)
    {
        // InboundJson refuses what is not JSON, nests too deep, or holds text .NET cannot read.
        Interaction? interaction;
        using (var document = request.Json())
        {
            if (document is null)
            {
                Log.InteractionRefused(logger, "malformed JSON or unreadable text");
                return Results.BadRequest("Malformed JSON.");
            }

            if (!Interaction.TryParse(document.RootElement, checkedReadable: true, out interaction, out var reason) || interaction is null)
            {
                Log.InteractionRefused(logger, reason);
                return Results.BadRequest("Not an interaction.");
            }
        }

        if (interaction.Type == InteractionTypes.Ping)
        {
            return Json(InteractionAnswers.Pong());
        }

        if (!InteractionCommands.IsKnownType(interaction.Type))
        {
            Log.InteractionRefused(logger, $"type {interaction.Type} not handled");
            return Results.BadRequest("Unknown interaction type.");
        }

        // A signed request can be sent again within the tolerance; only the first one acts.
        if (!replays.FirstTime(interaction.Id.ToString(), options.Value.ReplayMemory))
        {
            Log.InteractionReplayed(logger, interaction.Id.ToString());
            return Json(InteractionAnswers.Ephemeral(InteractionAnswers.AlreadyHandled));
        }

        // The first answer is the HTTP response; a deferred answer's follow-up continues after it,
        // bound to the host's life rather than to this request.
        var first = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The HTTP body carries no message id: a card answered this way is looked up through @original.
        var responding = handler.RespondAsync(interaction, answer => { first.TrySetResult(answer); return Task.FromResult<string?>(null); }, lifetime.ApplicationStopping);

        // Only shutdown can end the work without a first answer; Discord still gets a polite one.
        _ = responding.ContinueWith(
            _ => first.TrySetResult(InteractionAnswers.Ephemeral("I'm restarting; please try again in a moment.")),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var answer = await first.Task.WaitAsync(request.Aborted);
        return Json(answer);
    }

    /// <summary>The answer as UTF-8 JSON, written once (no string in between), with its length.</summary>
    private static IResult Json(JsonObject body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            body.WriteTo(writer);
        }

        return Results.Bytes(buffer.WrittenMemory, "application/json");
    }
}
