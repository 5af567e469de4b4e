using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// Discord's checks on a message's legacy components (PROTOCOLS.md §4, §5c): at most 5 action rows; a
/// row holds 1–5 buttons or one String Select alone; <c>custom_id</c> 1–100 and unique in the message;
/// button label ≤80; select options 1–25 with label/value 1–100 (values unique), description ≤100,
/// placeholder ≤150, min/max values within the options. A message breaking one is refused as Discord
/// does (400, 50035 Invalid Form Body), so what the bot sends is checked, not just recorded.
/// </summary>
public static class DiscordComponentRules
{
    /// <summary>Why Discord would refuse <paramref name="components"/>, or null when it would take them.</summary>
    public static string? Problem(JsonNode? components)
    {
        if (components is null)
        {
            return null;
        }

        if (components is not JsonArray rows || rows.Count > 5)
        {
            return "components must be an array of at most 5 action rows";
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row is not JsonObject r || Int(r, "type") != 1 || r["components"] is not JsonArray children || children.Count is 0 or > 5)
            {
                return "each action row (type 1) holds 1 to 5 components";
            }

            var selects = children.Count(c => c is JsonObject o && Int(o, "type") == 3);
            if (selects > 0 && children.Count > 1)
            {
                return "a select must sit alone in its action row";
            }

            foreach (var child in children)
            {
                var problem = child is JsonObject o ? Int(o, "type") switch
                {
                    2 => Button(o, ids),
                    3 => Select(o, ids),
                    _ => "only buttons (2) and string selects (3) go in a message's action row here",
                } : "a component must be an object";
                if (problem is not null)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    private static string? Button(JsonObject button, HashSet<string> ids)
    {
        if (Int(button, "style") is not (>= 1 and <= 6) and var style)
        {
            return $"button style {style} is not one of 1-6";
        }

        if (Str(button, "label") is { Length: > 80 })
        {
            return "button label must be at most 80 characters";
        }

        return Int(button, "style") == 5 ? null : CustomId(button, ids);
    }

    private static string? Select(JsonObject select, HashSet<string> ids)
    {
        if (CustomId(select, ids) is { } bad)
        {
            return bad;
        }

        if (select["options"] is not JsonArray options || options.Count is 0 or > 25)
        {
            return "a string select has 1 to 25 options";
        }

        if (Str(select, "placeholder") is { Length: > 150 })
        {
            return "placeholder must be at most 150 characters";
        }

        var min = select["min_values"] is null ? 1 : Int(select, "min_values");
        var max = select["max_values"] is null ? 1 : Int(select, "max_values");
        if (min is < 0 or > 25 || max is < 1 or > 25 || min > max || max > options.Count)
        {
            return "min_values/max_values out of range";
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (option is not JsonObject o || Str(o, "label") is not { Length: >= 1 and <= 100 } || Str(o, "value") is not { Length: >= 1 and <= 100 } value)
            {
                return "an option needs a label and a value of 1 to 100 characters";
            }

            if (Str(o, "description") is { Length: > 100 })
            {
                return "an option's description must be at most 100 characters";
            }

            if (!values.Add(value))
            {
                return "option values must be unique";
            }
        }

        return null;
    }

    private static string? CustomId(JsonObject component, HashSet<string> ids) =>
        Str(component, "custom_id") is not { Length: >= 1 and <= 100 } id ? "custom_id must be 1 to 100 characters"
        : !ids.Add(id) ? "custom_id must be unique in the message"
        : null;

    private static int Int(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : -1;

    private static string? Str(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
