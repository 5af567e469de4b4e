using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WatchBot.Testing.Hostile;

/// <summary>
/// What no outbound message may carry, whatever users typed: checks over the text WatchBot sends to
/// Discord and Slack. Each returns the problems found (empty when the text is safe), so a failing
/// property names what got through. WatchBot's own markup is allowed where it is its own: Discord
/// timestamps <c>&lt;t:…&gt;</c>, Slack dates <c>&lt;!date^…&gt;</c>, the zero-width space Discord
/// escaping puts after "@" and before "://".
/// </summary>
public static partial class OutboundText
{
    /// <summary>Problems in one Slack mrkdwn text (a <c>text</c> field, a block's text, an ephemeral).</summary>
    public static IReadOnlyList<string> SlackProblems(string text)
    {
        var problems = new List<string>();
        var rest = SlackDate().Replace(text, "");
        if (rest.IndexOfAny(['<', '>']) is var at and >= 0)
        {
            problems.Add($"Slack control sequence (< or >) at {at}");
        }

        AddSchemeProblems(rest, @"[/\\]{2}", problems);
        if (Regex.IsMatch(rest, @"(?i)\b(mailto|tel|sms|javascript):"))
        {
            problems.Add("a mailto:/tel:/sms:/javascript: link");
        }

        // Slack links www. and bare domains too ("So does this one: www.foo.com").
        if (Regex.IsMatch(rest, @"[\p{L}\p{N}][.\u3002\uFF0E\uFF61][\p{L}\p{N}]"))
        {
            problems.Add("a host name Slack auto-links (www., bare domain, e-mail)");
        }

        AddInvisibleProblems(text, allowZeroWidthSpace: _ => false, problems);
        return problems;
    }

    /// <summary>Problems in a line of plain text (the shell, or anything cleaned): invisible characters only.</summary>
    public static IReadOnlyList<string> ShellProblems(string text)
    {
        var problems = new List<string>();
        AddInvisibleProblems(text, allowZeroWidthSpace: _ => false, problems);
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            problems.Add("a line break inside one line");
        }

        return problems;
    }

    /// <summary>Problems in one Discord message content.</summary>
    public static IReadOnlyList<string> DiscordProblems(string content)
    {
        var problems = new List<string>();
        var rest = DiscordTimestamp().Replace(content, "");

        // Inside inline code (the "Try:" examples) nothing renders, so brackets there are text.
        var outsideCode = CodeSpan().Replace(rest, "``");
        for (var i = 0; i < outsideCode.Length; i++)
        {
            if (outsideCode[i] is '<' or '[' or ']' && (i == 0 || outsideCode[i - 1] != '\\'))
            {
                problems.Add($"unescaped {outsideCode[i]} at {i}");
            }
        }

        for (var i = 0; i < rest.Length; i++)
        {
            // "@…" is what is left when a long message is cut right after an escaped "@".
            if (rest[i] == '@' && i + 1 < rest.Length && rest[i + 1] is not ('\u200B' or '…'))
            {
                problems.Add($"a live @ at {i}");
            }
        }

        // Discord links only URLs with a scheme (discord-api-docs#542), so a bare domain is text there,
        // and a backslash is markdown's escape, so "a:\\b" is text too.
        AddSchemeProblems(rest, "//", problems);
        AddInvisibleProblems(
            content,
            // Escaping's own: after "@", before a scheme's ":" (a long message may be cut just after it).
            allowZeroWidthSpace: i => (i > 0 && content[i - 1] == '@') || (i + 1 < content.Length && content[i + 1] is ':' or '…'),
            problems);
        return problems;
    }

    /// <summary>
    /// Problems in a Discord request body that shows a message (create, edit, interaction answer,
    /// follow-up): <c>allowed_mentions</c> present with an empty <c>parse</c> and no users or roles, and
    /// safe content. Bodies without content (a deferral, a command registration) have none.
    /// </summary>
    public static IReadOnlyList<string> DiscordBodyProblems(JsonNode? body)
    {
        var message = body is JsonObject { } o && o["data"] is JsonObject data ? data : body as JsonObject;
        if (message?["content"] is not JsonValue content)
        {
            return [];
        }

        var problems = new List<string>(DiscordProblems(content.GetValue<string>()));
        if (message["allowed_mentions"] is not JsonObject allowed)
        {
            problems.Add("no allowed_mentions");
        }
        else
        {
            if (allowed["parse"] is not JsonArray { Count: 0 })
            {
                problems.Add("allowed_mentions.parse is not []");
            }

            if (allowed["users"] is JsonArray { Count: > 0 } || allowed["roles"] is JsonArray { Count: > 0 } || allowed["replied_user"]?.GetValue<bool>() == true)
            {
                problems.Add("allowed_mentions names users, roles or the replied user");
            }
        }

        return problems;
    }

    /// <summary>Every text a Slack body shows: <c>text</c> and each <c>text</c> inside its blocks.</summary>
    public static IEnumerable<string> SlackTexts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "text" && p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? [v.GetValue<string>()]
            : SlackTexts(p.Value)),
        JsonArray a => a.SelectMany(SlackTexts),
        _ => [],
    };

    private static void AddSchemeProblems(string text, string slashes, List<string> problems)
    {
        if (Regex.IsMatch(text, @"(?i)[a-z0-9+.\-]:" + slashes))
        {
            problems.Add("a scheme:// link");
        }
    }

    private static void AddInvisibleProblems(string text, Func<int, bool> allowZeroWidthSpace, List<string> problems)
    {
        var runes = text.EnumerateRunes().ToList();
        var index = 0;
        for (var i = 0; i < runes.Count; index += runes[i].Utf16SequenceLength, i++)
        {
            var rune = runes[i];
            var category = Rune.GetUnicodeCategory(rune);
            var bad = rune.Value switch
            {
                '\n' => false,
                0x200B => !allowZeroWidthSpace(index),
                0x200D => i == 0 || i + 1 == runes.Count || !IsEmojiSide(runes[i - 1]) || Rune.GetUnicodeCategory(runes[i + 1]) != UnicodeCategory.OtherSymbol,
                0xFFFD => text[index] != '\uFFFD', // a lone surrogate, which no platform can take
                0x115F or 0x1160 or 0x3164 or 0xFFA0 => true,
                _ => category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse,
            };
            if (bad)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"invisible U+{rune.Value:X4} at {index}"));
            }
        }
    }

    private static bool IsEmojiSide(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol || rune.Value == 0xFE0F || rune.Value is >= 0x1F3FB and <= 0x1F3FF;

    [GeneratedRegex(@"<!date\^\d+\^[^<>|]*\|[^<>]*>")]
    private static partial Regex SlackDate();

    [GeneratedRegex(@"(?<!\\)`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"<t:\d+:[tTdDfFR]>")]
    private static partial Regex DiscordTimestamp();
}
