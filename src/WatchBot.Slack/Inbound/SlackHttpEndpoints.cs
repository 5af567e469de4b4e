using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using WatchBot.Http;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// The HTTP transport: <c>POST /slack/commands</c>, <c>/slack/interactions</c>, <c>/slack/events</c>.
/// Every request is signature-checked on its raw bytes before anything is parsed (401 otherwise);
/// malformed input is a 400, app errors are polite 200 answers, never a 500.
/// </summary>
internal sealed class SlackHttpEndpoints(
    SlackRequestVerifier verifier,
    SlackCommandHandler handler,
    SlackDeduplicator dedupe,
    ILogger<SlackHttpEndpoints> logger) : IHttpEndpointModule
{
    private static readonly TimeSpan EventMemory = TimeSpan.FromHours(1);

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/slack/commands", (Delegate)CommandsAsync);
        endpoints.MapPost("/slack/interactions", (Delegate)InteractionsAsync);
        endpoints.MapPost("/slack/events", (Delegate)EventsAsync);
    }

    private async Task<IResult> CommandsAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        var form = ParseForm(body);

        // Slack's certificate check is sent unsigned and only wants a 200.
        if (Field(form, "ssl_check") == "1")
        {
            return Results.Ok();
        }

        if (Refuse(context, body) is { } refused)
        {
            return refused;
        }

        if (form is null || SlashCommand.From(name => Field(form, name)) is not { } command)
        {
            Log.Malformed(logger, context.Request.Path, "slash command without team_id, channel_id, user_id or command");
            return Results.BadRequest("Expected a slash command form with team_id, channel_id, user_id and command.");
        }

        var reply = await handler.HandleCommandAsync(command, context.RequestAborted);
        return reply is null ? Results.Ok() : Json(SlackReplies.Ephemeral(reply));
    }

    private async Task<IResult> InteractionsAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        if (Refuse(context, body) is { } refused)
        {
            return refused;
        }

        var payloadText = ParseForm(body) is { } form ? Field(form, "payload") : null;
        if (payloadText is null || InboundJson.TryParse(payloadText) is not { } payload)
        {
            Log.Malformed(logger, context.Request.Path, "no readable JSON payload field");
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
                Log.Malformed(logger, context.Request.Path, "block_actions without user, channel, team or action");
                return Results.BadRequest("The block_actions payload lacks user, channel, team or actions.");
            }

            await handler.HandleActionAsync(action, context.RequestAborted);
            return Results.Ok();
        }
    }

    private async Task<IResult> EventsAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        if (Refuse(context, body) is { } refused)
        {
            return refused;
        }

        // InboundJson refuses invalid UTF-8, unreadable escapes and deep nesting along with non-JSON.
        using var json = InboundJson.TryParse(body);
        if (json is null || json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return Results.BadRequest("Expected a JSON object.");
        }

        var root = json.RootElement;
        var type = Str(root, "type");
        if (type == "url_verification")
        {
            return Str(root, "challenge") is { } challenge
                ? Json(new JsonObject { ["challenge"] = challenge })
                : Results.BadRequest("url_verification without a challenge.");
        }

        // No event subscriptions are requested; events are acknowledged once each and otherwise ignored.
        if (Str(root, "event_id") is { } eventId && !dedupe.FirstTime("evt:" + eventId, EventMemory))
        {
            Log.Duplicate(logger, "event");
        }

        return Results.Ok();
    }

    private IResult? Refuse(HttpContext context, byte[] body)
    {
        var headers = context.Request.Headers;
        var check = verifier.Verify(headers["X-Slack-Request-Timestamp"].ToString(), headers["X-Slack-Signature"].ToString(), body);
        if (check == SignatureCheck.Valid)
        {
            return null;
        }

        Log.RequestRefused(logger, check.ToString(), context.Request.Path);
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.ToArray();
    }

    private static Dictionary<string, StringValues>? ParseForm(byte[] body)
    {
        try
        {
            return new FormReader(Encoding.UTF8.GetString(body)).ReadForm();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? Field(Dictionary<string, StringValues>? form, string name) =>
        form is not null && form.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json; charset=utf-8");
}
