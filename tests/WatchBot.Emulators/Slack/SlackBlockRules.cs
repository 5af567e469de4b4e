using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Slack;

/// <summary>
/// Slack's checks on the Block Kit the bot sends (PROTOCOLS.md §9a; Block Kit reference): at most 50
/// blocks, <c>block_id</c> ≤255 and unique; an actions block holds 1–25 elements; a button has a
/// plain_text text ≤75, an <c>action_id</c> ≤255 and a value ≤2000; a <c>static_select</c> has a
/// placeholder ≤150, 1–100 options (text and description ≤75, value 1–150), no <c>disabled</c>.
/// Slack itself would make up a missing <c>action_id</c>; here one is required, because the bot reads
/// every click back from it. A message breaking a rule gets <c>invalid_blocks</c>, as from Slack.
/// </summary>
public static class SlackBlockRules
{
    /// <summary>Why Slack would refuse <paramref name="blocks"/>, or null when it would take them.</summary>
    public static string? Problem(JsonNode? blocks)
    {
        if (blocks is null)
        {
            return null;
        }

        if (blocks is not JsonArray list || list.Count > 50)
        {
            return "blocks must be an array of at most 50";
        }

        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in list)
        {
            if (block is not JsonObject b || Str(b, "type") is not { } type)
            {
                return "a block needs a type";
            }

            if (Str(b, "block_id") is { } blockId && (blockId.Length > 255 || !blockIds.Add(blockId)))
            {
                return "block_id must be unique and at most 255 characters";
            }

            if (type == "actions" && Actions(b) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Actions(JsonObject block)
    {
        if (block["elements"] is not JsonArray elements || elements.Count is 0 or > 25)
        {
            return "an actions block holds 1 to 25 elements";
        }

        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (element is not JsonObject e || Str(e, "action_id") is not { Length: >= 1 and <= 255 } actionId || !actionIds.Add(actionId))
            {
                return "each element needs a unique action_id of 1 to 255 characters";
            }

            var problem = Str(e, "type") switch
            {
                "button" => PlainText(e["text"], 75) ? (Str(e, "value") is { Length: > 2000 } ? "a button's value is at most 2000 characters" : null) : "a button needs plain_text of at most 75 characters",
                "static_select" => StaticSelect(e),
                var other => $"element type {other} is not one the bot should send",
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? StaticSelect(JsonObject select)
    {
        if (select.ContainsKey("disabled"))
        {
            return "a static_select has no disabled field";
        }

        if (select["placeholder"] is not null && !PlainText(select["placeholder"], 150))
        {
            return "placeholder must be plain_text of at most 150 characters";
        }

        if (select["options"] is not JsonArray options || options.Count is 0 or > 100)
        {
            return "a static_select has 1 to 100 options";
        }

        foreach (var option in options)
        {
            if (option is not JsonObject o || !PlainText(o["text"], 75) || Str(o, "value") is not { Length: >= 1 and <= 150 })
            {
                return "an option needs plain_text of at most 75 characters and a value of 1 to 150";
            }

            if (o["description"] is not null && !PlainText(o["description"], 75))
            {
                return "an option's description is plain_text of at most 75 characters";
            }
        }

        return null;
    }

    private static bool PlainText(JsonNode? node, int max) =>
        node is JsonObject text && Str(text, "type") == "plain_text" && Str(text, "text") is { Length: >= 1 } t && t.Length <= max;

    private static string? Str(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
