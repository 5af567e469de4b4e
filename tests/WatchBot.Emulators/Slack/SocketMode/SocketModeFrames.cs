using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Slack.SocketMode;

/// <summary>
/// Socket Mode frames shaped like Slack's published samples (tests/fixtures/platform/
/// slack_socket_mode_*.json), with the fields a test cares about as parameters.
/// </summary>
public static class SocketModeFrames
{
    /// <summary>Like <c>slack_socket_mode_hello.json</c>.</summary>
    public static JsonObject Hello(int numConnections, string appId = "A111") => new()
    {
        ["type"] = "hello",
        ["num_connections"] = numConnections,
        ["debug_info"] = new JsonObject
        {
            ["host"] = "applink-emulator",
            ["build_number"] = 999,
            ["approximate_connection_time"] = 18060,
        },
        ["connection_info"] = new JsonObject { ["app_id"] = appId },
    };

    /// <summary>Like <c>slack_socket_mode_disconnect_*.json</c>.</summary>
    public static JsonObject Disconnect(string reason) => new()
    {
        ["type"] = "disconnect",
        ["reason"] = reason,
        ["debug_info"] = new JsonObject { ["host"] = "wss-emulator" },
    };

    /// <summary>Like <c>slack_socket_mode_envelope_slash_commands.json</c> (accepts a response payload).</summary>
    public static JsonObject SlashCommand(string text, string command = "/watch", string userId = "U111",
        string channelId = "C111", string teamId = "T111", string? envelopeId = null) => Envelope(
        "slash_commands",
        new JsonObject
        {
            ["token"] = "fixed-value",
            ["team_id"] = teamId,
            ["team_domain"] = "emulated",
            ["channel_id"] = channelId,
            ["channel_name"] = "random",
            ["user_id"] = userId,
            ["user_name"] = "emulated-user",
            ["command"] = command,
            ["text"] = text,
            ["api_app_id"] = "A111",
            ["response_url"] = $"https://hooks.slack.com/commands/{teamId}/111/xxx",
            ["trigger_id"] = "111.222.xxx",
        },
        acceptsResponsePayload: true,
        envelopeId);

    /// <summary>
    /// Like <c>slack_socket_mode_envelope_interactive_block_actions_message_button.json</c>: one button
    /// click on a message (does not accept a response payload).
    /// </summary>
    public static JsonObject BlockAction(string actionId, string value, string userId = "U111",
        string channelId = "C111", string messageTs = "1605853634.000400", string blockId = "b",
        string teamId = "T111", string? envelopeId = null)
    {
        var button = new JsonObject
        {
            ["action_id"] = actionId,
            ["block_id"] = blockId,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = actionId, ["emoji"] = true },
            ["value"] = value,
            ["type"] = "button",
            ["action_ts"] = "1605853645.582706",
        };
        return Envelope(
            "interactive",
            new JsonObject
            {
                ["type"] = "block_actions",
                ["user"] = new JsonObject { ["id"] = userId, ["username"] = "emulated-user", ["name"] = "emulated-user", ["team_id"] = teamId },
                ["api_app_id"] = "A111",
                ["token"] = "fixed-value",
                ["container"] = new JsonObject
                {
                    ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channelId, ["is_ephemeral"] = false,
                },
                ["trigger_id"] = "111.222.xxx",
                ["team"] = new JsonObject { ["id"] = teamId, ["domain"] = "emulated" },
                ["channel"] = new JsonObject { ["id"] = channelId, ["name"] = "random" },
                ["message"] = new JsonObject { ["type"] = "message", ["user"] = "U222", ["ts"] = messageTs, ["text"] = "session" },
                ["response_url"] = $"https://hooks.slack.com/actions/{teamId}/111/xxx",
                ["actions"] = new JsonArray(button),
            },
            acceptsResponsePayload: false,
            envelopeId);
    }

    /// <summary>Like <c>slack_socket_mode_envelope_events_api_app_mention.json</c>.</summary>
    public static JsonObject AppMention(string text, string userId = "U111", string channelId = "C111",
        string teamId = "T111", string? envelopeId = null) => Envelope(
        "events_api",
        new JsonObject
        {
            ["token"] = "fixed-value",
            ["team_id"] = teamId,
            ["api_app_id"] = "A111",
            ["event"] = new JsonObject
            {
                ["type"] = "app_mention", ["text"] = text, ["user"] = userId, ["ts"] = "1605853844.000800",
                ["team"] = teamId, ["channel"] = channelId, ["event_ts"] = "1605853844.000800",
            },
            ["type"] = "event_callback",
            ["event_id"] = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            ["event_time"] = 1605853844,
        },
        acceptsResponsePayload: false,
        envelopeId);

    /// <summary>Any envelope; a new id unless one is given.</summary>
    public static JsonObject Envelope(string type, JsonObject payload, bool acceptsResponsePayload, string? envelopeId = null) => new()
    {
        ["envelope_id"] = envelopeId ?? Guid.NewGuid().ToString(),
        ["payload"] = payload,
        ["type"] = type,
        ["accepts_response_payload"] = acceptsResponsePayload,
    };

    /// <summary>The same envelope as Slack redelivers it: <c>retry_attempt</c> and <c>retry_reason</c> added.</summary>
    public static JsonObject Redelivery(JsonObject envelope, int retryAttempt, string retryReason = "timeout")
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var copy = (JsonObject)envelope.DeepClone();
        copy["retry_attempt"] = retryAttempt;
        copy["retry_reason"] = retryReason;
        return copy;
    }
}
