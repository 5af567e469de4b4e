using System.Globalization;
using System.Text.Json.Nodes;

namespace WatchBot.Slack.Tests.Manifest;

/// <summary>
/// Reads the small YAML subset our manifest uses into JSON: nested maps by indentation, lists with
/// "- ", scalars (quoted strings, plain strings, true/false, integers), full-line comments. Anything
/// else throws, so the manifest cannot drift into YAML this reader would misread.
/// </summary>
internal static class MiniYaml
{
    public static JsonNode Parse(string yaml)
    {
        var lines = yaml.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => (Indent: l.Length - l.TrimStart(' ').Length, Text: l.Trim()))
            .ToList();
        var index = 0;
        var root = ReadBlock(lines, ref index, 0);
        if (index != lines.Count)
        {
            throw new FormatException("Unexpected indentation at: " + lines[index].Text);
        }

        return root;
    }

    private static JsonNode ReadBlock(List<(int Indent, string Text)> lines, ref int index, int indent)
    {
        if (lines[index].Text.StartsWith("- ", StringComparison.Ordinal))
        {
            var list = new JsonArray();
            while (index < lines.Count && lines[index].Indent == indent && lines[index].Text.StartsWith("- ", StringComparison.Ordinal))
            {
                var item = lines[index].Text[2..];
                if (SplitKey(item) is null)
                {
                    list.Add(Scalar(item));
                    index++;
                    continue;
                }

                // "- key: value" opens a map whose further keys sit two columns right of the dash.
                lines[index] = (indent + 2, item);
                list.Add(ReadBlock(lines, ref index, indent + 2));
            }

            return list;
        }

        var map = new JsonObject();
        while (index < lines.Count && lines[index].Indent == indent)
        {
            var (key, value) = SplitKey(lines[index].Text) ?? throw new FormatException("Expected 'key: value' at: " + lines[index].Text);
            index++;
            if (value.Length > 0)
            {
                map[key] = Scalar(value);
            }
            else if (index < lines.Count && lines[index].Indent > indent)
            {
                map[key] = ReadBlock(lines, ref index, lines[index].Indent);
            }
            else
            {
                map[key] = null;
            }
        }

        return map;
    }

    private static (string Key, string Value)? SplitKey(string text)
    {
        if (text.StartsWith('"'))
        {
            return null;
        }

        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 && text.EndsWith(':'))
        {
            colon = text.Length - 1;
        }

        return colon <= 0 ? null : (text[..colon].Trim(), text[(colon + 1)..].Trim());
    }

    private static JsonValue Scalar(string text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return JsonValue.Create(text[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal));
        }

        if (text.Contains(" #", StringComparison.Ordinal) || text.StartsWith('{') || text.StartsWith('[') || text.StartsWith('&') || text.StartsWith('*'))
        {
            throw new FormatException("Outside the supported YAML subset: " + text);
        }

        return text switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            _ => JsonValue.Create(text),
        };
    }
}
