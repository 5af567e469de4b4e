using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WatchBot.Discord.Rendering;

/// <summary>
/// Makes user text (titles, notes, names) inert in Discord markdown: no mentions (a zero-width space
/// after every <c>@</c>, <c>&lt;</c> escaped so <c>&lt;@id&gt;</c>, <c>&lt;#id&gt;</c>, <c>&lt;t:…&gt;</c> show as text),
/// no links (masked-link brackets escaped, a zero-width space inside every <c>scheme://</c>), no
/// formatting (every markdown character backslash-escaped). <c>allowed_mentions</c> is the second lock.
/// </summary>
public static partial class DiscordText
{
    /// <summary>Discord's message content limit.</summary>
    public const int MaxContentLength = 2000;

    private const char ZeroWidthSpace = '\u200B';
    private const string MarkdownCharacters = "\\*_~`|>#-[]()<";

    public static string Escape(string text)
    {
        var unlinked = Scheme().Replace(text, m => m.Groups["scheme"].Value + ZeroWidthSpace + "://");
        var builder = new StringBuilder(unlinked.Length + 16);
        foreach (var c in unlinked)
        {
            if (c == '@')
            {
                builder.Append('@').Append(ZeroWidthSpace);
                continue;
            }

            if (MarkdownCharacters.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Cuts <paramref name="content"/> to Discord's limit without splitting a character or emoji.</summary>
    public static string Fit(string content, int max = MaxContentLength)
    {
        if (content.Length <= max)
        {
            return content;
        }

        var info = new StringInfo(content);
        var builder = new StringBuilder(max);
        for (var i = 0; i < info.LengthInTextElements; i++)
        {
            var element = info.SubstringByTextElements(i, 1);
            if (builder.Length + element.Length > max - 1)
            {
                break;
            }

            builder.Append(element);
        }

        return builder.Append('…').ToString();
    }

    /// <summary>A Discord timestamp that every client renders in its own time zone.</summary>
    public static string Timestamp(DateTimeOffset instant, char style) =>
        string.Create(CultureInfo.InvariantCulture, $"<t:{instant.ToUnixTimeSeconds()}:{style}>");

    [GeneratedRegex(@"(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
