using System.Text.Json;
using System.Text.Json.Nodes;

namespace WatchBot.Slack.Api;

/// <summary>
/// What a Web API call came back with. Slack answers HTTP 200 with <c>ok:false</c> on failure, so
/// failures are values: <see cref="Error"/> holds Slack's code (<c>not_in_channel</c>…) or ours
/// (<c>http_503</c>, <c>request_failed</c>, <c>rate_limited</c>). Nothing here throws.
/// </summary>
/// <param name="Ok">Slack's <c>ok</c>.</param>
/// <param name="Error">The error code when not ok.</param>
/// <param name="Body">The whole response (null when there was none).</param>
public sealed record SlackApiResult(bool Ok, string? Error, JsonObject? Body)
{
    /// <summary>The errors that mean "invite the bot to the channel".</summary>
    public bool IsNotInChannel => Error is "not_in_channel" or "channel_not_found";

    /// <summary>A string field of the response, such as <c>ts</c> or <c>scheduled_message_id</c>.</summary>
    public string? Get(string field) =>
        Body?[field] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    public static SlackApiResult Failed(string error) => new(false, error, null);

    /// <summary>Reads a Web API answer: <c>ok</c> must be literally true; anything unreadable is <c>invalid_response</c>.</summary>
    public static SlackApiResult Parse(string text)
    {
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return Failed("invalid_response");
        }

        if (body["ok"] is JsonValue ok && ok.TryGetValue<bool>(out var isOk) && isOk)
        {
            return new SlackApiResult(true, null, body);
        }

        var error = body["error"] is JsonValue e && e.TryGetValue<string>(out var s) && s.Length > 0 ? s : "unknown_error";
        return new SlackApiResult(false, error, body);
    }
}
