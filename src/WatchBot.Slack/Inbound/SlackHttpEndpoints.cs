using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Http;
using WatchBot.Platform.Inbound;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// The HTTP transport: <c>POST /slack/commands</c>, <c>/slack/interactions</c>, <c>/slack/events</c>,
/// on the kit's <see cref="SignedRequestEndpoints"/>: every request is signature-checked
/// (<see cref="SlackRequestVerifier"/>) on its raw bytes before anything is parsed (401 otherwise);
/// malformed input is a 400, app errors are polite 200 answers, never a 500.
/// </summary>
internal sealed class SlackHttpEndpoints(
    SlackRequestVerifier verifier,
    SlackCommandHandler handler,
    [FromKeyedServices(SlackPlatform.Name)] Deduplicator dedupe,
    IOptions<HttpServerOptions> http,
    ILogger<SlackHttpEndpoints> logger) : SignedRequestEndpoints(verifier, http.Value.MaxRequestBodyBytes)
{
    private static readonly TimeSpan EventMemory = TimeSpan.FromHours(1);

    public override void Map(IEndpointRouteBuilder endpoints)
    {
        // Slack's certificate check is sent unsigned and only wants a 200.
        MapSigned(endpoints, "/slack/commands", CommandsAsync, request => request.Field("ssl_check") == "1" ? Results.Ok() : null);
        MapSigned(endpoints, "/slack/interactions", InteractionsAsync);
        MapSigned(endpoints, "/slack/events", EventsAsync);
    }

    protected override void OnRefused(SignedRequest request, SignatureCheck check) =>
        Log.RequestRefused(logger, check.ToString(), request.Path);

    private async Task<IResult> CommandsAsync(SignedRequest request)
    {
        if (request.Form() is null || SlashCommand.From(request.Field) is not { } command)
        {
            Log.Malformed(logger, request.Path, "slash command without team_id, channel_id, user_id or command");
            return Results.BadRequest("Expected a slash command form with team_id, channel_id, user_id and command.");
        }

        var reply = await handler.HandleCommandAsync(command, request.Aborted);
        return reply is null ? Results.Ok() : Json(SlackReplies.Ephemeral(reply));
    }

    private async Task<IResult> InteractionsAsync(SignedRequest request)
    {
        if (request.Field("payload") is not { } payloadText || InboundJson.TryParse(payloadText) is not { } payload)
        {
            Log.Malformed(logger, request.Path, "no readable JSON payload field");
            return Results.BadRequest("Expected a form field 'payload' holding JSON.");
        }

        using (payload)
        {
            var root = payload.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return Results.BadRequest("The payload has no type.");
            }

            if (type.GetString() != "block_actions")
            {
                return Results.Ok();
            }

            if (BlockAction.FromJson(root) is not { } action)
            {
                Log.Malformed(logger, request.Path, "block_actions without user, channel, team or action");
                return Results.BadRequest("The block_actions payload lacks user, channel, team or actions.");
            }

            await handler.HandleActionAsync(action, request.Aborted);
            return Results.Ok();
        }
    }

    private Task<IResult> EventsAsync(SignedRequest request)
    {
        // InboundJson refuses invalid UTF-8, unreadable escapes and deep nesting along with non-JSON.
        using var json = request.Json();
        if (json is null || json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return Task.FromResult(Results.BadRequest("Expected a JSON object."));
        }

        var root = json.RootElement;
        var type = Str(root, "type");
        if (type == "url_verification")
        {
            return Task.FromResult(Str(root, "challenge") is { } challenge
                ? Json(new JsonObject { ["challenge"] = challenge })
                : Results.BadRequest("url_verification without a challenge."));
        }

        // No event subscriptions are requested; events are acknowledged once each and otherwise ignored.
        if (Str(root, "event_id") is { } eventId && !dedupe.FirstTime("evt:" + eventId, EventMemory))
        {
            Log.Duplicate(logger, "event");
        }

        return Task.FromResult(Results.Ok());
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json; charset=utf-8");
}
