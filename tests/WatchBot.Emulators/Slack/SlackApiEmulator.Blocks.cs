using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Slack;

/// <summary>
/// Blocks of the bot's messages: checked on chat.postMessage and chat.update (<see cref="SlackBlockRules"/>),
/// kept as last sent by channel and ts, and usable as a person would use them: <see cref="PickPayload"/>
/// builds the block_actions payload of a pick in a message's static_select.
/// </summary>
public sealed partial class SlackApiEmulator
{
    private readonly ConcurrentDictionary<(string Channel, string Ts), JsonArray> _blocks = new();
    private long _actionSequence;

    /// <summary>The ts of every message the bot posted in <paramref name="channel"/>, oldest first.</summary>
    public IReadOnlyList<string> PostedTs(string channel) =>
        [.. CallsOf("chat.postMessage").Where(c => c.Ok && c.Channel == channel).Select(c => c.Answer!["ts"]!.GetValue<string>())];

    /// <summary>The static_select of message <paramref name="ts"/> as last sent (with its block_id as <c>block_id</c>), or null.</summary>
    public JsonObject? StaticSelect(string channel, string ts)
    {
        if (!_blocks.TryGetValue((channel, ts), out var blocks))
        {
            return null;
        }

        foreach (var block in blocks.OfType<JsonObject>().Where(b => b["type"]?.GetValue<string>() == "actions"))
        {
            if ((block["elements"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(e => e["type"]?.GetValue<string>() == "static_select") is { } select)
            {
                var found = (JsonObject)select.DeepClone();
                found["block_id"] = block["block_id"]?.DeepClone();
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// The block_actions payload Slack sends when <paramref name="userId"/> picks <paramref name="value"/>
    /// in the static_select of message <paramref name="ts"/>; null <paramref name="value"/> is the menu
    /// cleared (<c>selected_option: null</c>). A value the menu does not offer, or a message without one, throws.
    /// </summary>
    public JsonObject PickPayload(string teamId, string channel, string ts, string userId, string? value)
    {
        var select = StaticSelect(channel, ts) ?? throw new InvalidOperationException($"Message {ts} has no static_select.");
        JsonNode? selected = null;
        if (value is not null)
        {
            var option = select["options"]!.AsArray().OfType<JsonObject>().FirstOrDefault(o => o["value"]?.GetValue<string>() == value)
                ?? throw new InvalidOperationException($"The menu offers no value \"{value}\".");
            selected = new JsonObject { ["text"] = option["text"]!.DeepClone(), ["value"] = value };
        }

        var actionTs = string.Create(CultureInfo.InvariantCulture, $"{_time.GetUtcNow().ToUnixTimeSeconds()}.{Interlocked.Increment(ref _actionSequence):000000}");
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = "user-" + userId, ["name"] = "user-" + userId, ["team_id"] = teamId },
            ["api_app_id"] = "A0EMULATOR",
            ["token"] = "deprecated",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["trigger_id"] = actionTs + ".2.trigger",
            ["team"] = new JsonObject { ["id"] = teamId, ["domain"] = "emulated" },
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "movie-night" },
            ["message"] = new JsonObject { ["ts"] = ts, ["blocks"] = _blocks[(channel, ts)].DeepClone() },
            ["response_url"] = "https://hooks.slack.invalid/actions/1/2/3",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "static_select",
                ["action_id"] = select["action_id"]!.DeepClone(),
                ["block_id"] = select["block_id"]?.DeepClone(),
                ["selected_option"] = selected,
                ["placeholder"] = select["placeholder"]?.DeepClone(),
                ["action_ts"] = actionTs,
            }),
        };
    }

    /// <summary>Slack's answer to blocks it would not take (<c>invalid_blocks</c>), or null.</summary>
    private static string? BlocksRefused(string method, JsonObject body) =>
        method is "chat.postMessage" or "chat.update" or "chat.postEphemeral" or "chat.scheduleMessage" && SlackBlockRules.Problem(Blocks(body)) is not null
            ? "invalid_blocks"
            : null;

    private void KeepBlocks(string method, JsonObject body, JsonObject result)
    {
        var channel = body["channel"]?.GetValue<string>();
        var ts = method switch
        {
            "chat.postMessage" => result["ts"]?.GetValue<string>(),
            "chat.update" => body["ts"]?.GetValue<string>(),
            _ => null,
        };
        if (channel is not null && ts is not null && Blocks(body) is JsonArray blocks)
        {
            _blocks[(channel, ts)] = (JsonArray)blocks.DeepClone();
        }
    }

    // A form-encoded call carries blocks as a JSON string.
    private static JsonNode? Blocks(JsonObject body) =>
        body["blocks"] is JsonValue text && text.TryGetValue<string>(out var json) ? JsonNode.Parse(json) : body["blocks"];
}
