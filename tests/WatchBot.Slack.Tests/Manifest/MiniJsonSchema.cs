using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WatchBot.Slack.Tests.Manifest;

/// <summary>
/// A JSON Schema check of exactly the keywords Slack's manifest schema uses: type, properties,
/// required, additionalProperties, patternProperties, items, min/maxItems, uniqueItems,
/// min/maxLength, pattern (and Slack's own "regex"), enum, anyOf, $ref to #/definitions,
/// min/maxProperties. Annotations (description, default, title, format) are ignored.
/// </summary>
internal sealed class MiniJsonSchema(JsonNode schema)
{
    public IReadOnlyList<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Check(schema, instance, "$", errors);
        return errors;
    }

    private void Check(JsonNode? node, JsonNode? value, string path, List<string> errors)
    {
        if (node is not JsonObject s)
        {
            return;
        }

        if (s["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference.StartsWith("#/definitions/", StringComparison.Ordinal) ? reference["#/definitions/".Length..] : throw new NotSupportedException(reference);
            Check(schema["definitions"]![name] ?? throw new KeyNotFoundException(reference), value, path, errors);
        }

        if (s["type"] is { } type && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected {type.ToJsonString()}");
            return;
        }

        if (s["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add($"{path}: not one of {options.ToJsonString()}");
        }

        if (s["anyOf"] is JsonArray anyOf && !anyOf.Any(option => { var e = new List<string>(); Check(option, value, path, e); return e.Count == 0; }))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        switch (value)
        {
            case JsonObject obj:
                CheckObject(s, obj, path, errors);
                break;
            case JsonArray arr:
                CheckArray(s, arr, path, errors);
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                CheckString(s, v.GetValue<string>(), path, errors);
                break;
        }
    }

    private void CheckObject(JsonObject s, JsonObject obj, string path, List<string> errors)
    {
        foreach (var required in s["required"]?.AsArray() ?? [])
        {
            if (!obj.ContainsKey(required!.GetValue<string>()))
            {
                errors.Add($"{path}: missing {required}");
            }
        }

        if (s["minProperties"]?.GetValue<int>() is { } minProps && obj.Count < minProps)
        {
            errors.Add($"{path}: fewer than {minProps} properties");
        }

        if (s["maxProperties"]?.GetValue<int>() is { } maxProps && obj.Count > maxProps)
        {
            errors.Add($"{path}: more than {maxProps} properties");
        }

        var properties = s["properties"] as JsonObject;
        var patterns = s["patternProperties"] as JsonObject;
        foreach (var (key, child) in obj)
        {
            var matched = false;
            if (properties?[key] is { } propertySchema || properties?.ContainsKey(key) == true)
            {
                matched = true;
                Check(properties![key], child, path + "." + key, errors);
            }

            foreach (var (pattern, patternSchema) in patterns ?? [])
            {
                if (Regex.IsMatch(key, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    matched = true;
                    Check(patternSchema, child, path + "." + key, errors);
                }
            }

            switch (s["additionalProperties"])
            {
                case JsonValue flag when !matched && !flag.GetValue<bool>():
                    errors.Add($"{path}: unexpected property {key}");
                    break;
                case JsonObject additional when !matched:
                    Check(additional, child, path + "." + key, errors);
                    break;
            }
        }
    }

    private void CheckArray(JsonObject s, JsonArray arr, string path, List<string> errors)
    {
        if (s["minItems"]?.GetValue<int>() is { } min && arr.Count < min)
        {
            errors.Add($"{path}: fewer than {min} items");
        }

        if (s["maxItems"]?.GetValue<int>() is { } max && arr.Count > max)
        {
            errors.Add($"{path}: more than {max} items");
        }

        if (s["uniqueItems"]?.GetValue<bool>() == true && arr.Select(i => i?.ToJsonString()).Distinct(StringComparer.Ordinal).Count() != arr.Count)
        {
            errors.Add($"{path}: items are not unique");
        }

        for (var i = 0; i < arr.Count; i++)
        {
            Check(s["items"], arr[i], $"{path}[{i}]", errors);
        }
    }

    private static void CheckString(JsonObject s, string text, string path, List<string> errors)
    {
        if (s["minLength"]?.GetValue<int>() is { } min && text.Length < min)
        {
            errors.Add($"{path}: shorter than {min}");
        }

        if (s["maxLength"]?.GetValue<int>() is { } max && text.Length > max)
        {
            errors.Add($"{path}: longer than {max}");
        }

        foreach (var keyword in new[] { "pattern", "regex" })
        {
            if (s[keyword]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add($"{path}: does not match {pattern}");
            }
        }
    }

    private static bool TypeMatches(JsonNode type, JsonNode? value) => type switch
    {
        JsonArray types => types.Any(t => TypeMatches(t!, value)),
        _ => type.GetValue<string>() switch
        {
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
            "boolean" => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "integer" => value is JsonValue n && n.GetValueKind() == JsonValueKind.Number && n.ToJsonString().All(c => char.IsAsciiDigit(c) || c == '-'),
            "number" => value is JsonValue m && m.GetValueKind() == JsonValueKind.Number,
            "null" => value is null,
            _ => true,
        },
    };
}
