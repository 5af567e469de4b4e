namespace WatchBot.Host.Tests.Conventions;

/// <summary>
/// Reads the small part of YAML a compose file uses, no package needed: nested maps by indentation,
/// block lists (<c>- item</c>), one-line lists (<c>["a", "b"]</c>), quoted or plain scalars, and
/// whole-line comments. A map is a dictionary, a list a list of strings, a scalar a string.
/// Anything else (anchors, multi-line scalars) throws, so the test notices the file outgrew it.
/// </summary>
internal static class ComposeYaml
{
    public static Dictionary<string, object> Parse(string text)
    {
        var lines = text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => (Indent: l.Length - l.TrimStart().Length, Text: l.Trim()))
            .ToList();
        var index = 0;
        var root = ReadMap(lines, ref index, 0);
        return index == lines.Count ? root : throw new FormatException($"Unexpected line: {lines[index].Text}");
    }

    private static Dictionary<string, object> ReadMap(List<(int Indent, string Text)> lines, ref int index, int indent)
    {
        var map = new Dictionary<string, object>(StringComparer.Ordinal);
        while (index < lines.Count && lines[index].Indent == indent && !lines[index].Text.StartsWith("- ", StringComparison.Ordinal))
        {
            var text = lines[index].Text;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || text.Contains('&', StringComparison.Ordinal) || text.Contains("<<", StringComparison.Ordinal))
            {
                throw new FormatException($"Not a simple key: {text}");
            }

            var key = Unquote(text[..colon].Trim());
            var rest = text[(colon + 1)..].Trim();
            index++;
            map[key] = rest.Length > 0 ? Value(rest)
                : index < lines.Count && lines[index].Indent > indent ? ReadBlock(lines, ref index, lines[index].Indent)
                : string.Empty;
        }

        return map;
    }

    private static object ReadBlock(List<(int Indent, string Text)> lines, ref int index, int indent)
    {
        if (!lines[index].Text.StartsWith("- ", StringComparison.Ordinal))
        {
            return ReadMap(lines, ref index, indent);
        }

        var list = new List<string>();
        while (index < lines.Count && lines[index].Indent == indent && lines[index].Text.StartsWith("- ", StringComparison.Ordinal))
        {
            list.Add(Unquote(lines[index].Text[2..].Trim()));
            index++;
        }

        return list;
    }

    private static object Value(string text)
    {
        if (text.StartsWith('|') || text.StartsWith('>') || text.StartsWith('&') || text.StartsWith('*'))
        {
            throw new FormatException($"Not a simple value: {text}");
        }

        return text.StartsWith('[') && text.EndsWith(']')
            ? text[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Unquote).ToList()
            : Unquote(text);
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] is '"' or '\'') && text[^1] == text[0] ? text[1..^1] : text;
}
