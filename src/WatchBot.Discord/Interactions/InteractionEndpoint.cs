using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Crypto;
using WatchBot.Http;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: every request verified (Ed25519 over timestamp + raw body, and a
/// timestamp within <c>Discord:RequestTolerance</c>) before anything is read, else 401; PING → PONG;
/// unreadable, malformed ids or unknown → 400; a replayed id → "already handled", changing nothing;
/// everything else answered by <see cref="DiscordInteractionHandler"/>.
/// </summary>
internal sealed class InteractionEndpoint(
    DiscordInteractionHandler handler,
    InteractionReplayGuard replays,
    Ed25519Verifier verifier,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<InteractionEndpoint> logger) : IHttpEndpointModule
{
    public const string Path = "/discord/interactions";

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, (Delegate)HandleAsync);

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        if (!IsAuthentic(context.Request, body))
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        // InboundJson refuses what is not JSON, nests too deep, or holds text .NET cannot read.
        Interaction? interaction;
        using (var document = InboundJson.TryParse(body))
        {
            if (document is null)
            {
                Log.InteractionRefused(logger, "malformed JSON or unreadable text");
                return Results.BadRequest("Malformed JSON.");
            }

            if (!Interaction.TryParse(document.RootElement, out interaction, out var reason) || interaction is null)
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
        if (!replays.FirstTime(interaction.Id))
        {
            Log.InteractionReplayed(logger, interaction.Id.ToString());
            return Json(InteractionAnswers.Ephemeral(InteractionAnswers.AlreadyHandled));
        }

        // The first answer is the HTTP response; a deferred answer's follow-up continues after it,
        // bound to the host's life rather than to this request.
        var first = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        var responding = handler.RespondAsync(interaction, answer => { first.TrySetResult(answer); return Task.CompletedTask; }, lifetime.ApplicationStopping);

        // Only shutdown can end the work without a first answer; Discord still gets a polite one.
        _ = responding.ContinueWith(
            _ => first.TrySetResult(InteractionAnswers.Ephemeral("I'm restarting; please try again in a moment.")),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var answer = await first.Task.WaitAsync(context.RequestAborted);
        return Json(answer);
    }

    private bool IsAuthentic(HttpRequest request, byte[] body)
    {
        var signatureHex = request.Headers["X-Signature-Ed25519"].ToString();
        var timestamp = request.Headers["X-Signature-Timestamp"].ToString();
        if (signatureHex.Length != 128 || !signatureHex.All(char.IsAsciiHexDigit)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            Log.InteractionRefused(logger, "missing or malformed signature headers");
            return false;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (age.Duration() > options.Value.RequestTolerance)
        {
            Log.InteractionRefused(logger, "stale timestamp");
            return false;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message, stamp.Length);
        if (!verifier.Verify(message, Convert.FromHexString(signatureHex)))
        {
            Log.InteractionRefused(logger, "bad signature");
            return false;
        }

        return true;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.ToArray();
    }

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");
}
