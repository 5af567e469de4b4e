using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WatchBot.Core.Text;

namespace WatchBot.Discord.Rendering;

/// <summary>
/// Makes text that may hold user input (titles, notes, names, option names and values echoed in
/// errors) inert in Discord markdown. First the same cleaning as every platform
/// (<see cref="UserText.Clean"/>: no bidi overrides, no zero-width characters of the user's), then no
/// mentions (a zero-width space after every <c>@</c>, <c>&lt;</c> escaped so <c>&lt;@id&gt;</c>,
/// <c>&lt;#id&gt;</c>, <c>&lt;t:…&gt;</c> show as text), no links (masked-link brackets escaped, a
/// zero-width space inside every <c>scheme://</c>: Discord links only URLs that have a scheme), no
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
        var unlinked = Unlink(UserText.Clean(text));
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

    /// <summary>
    /// Text for inside inline code (the "Try:" examples): nothing renders there, but it is read and
    /// copied, so it is cleaned, a backtick (which would end the span) becomes a quote, and mentions and
    /// links are broken as in <see cref="Escape"/> in case a client renders the span differently.
    /// </summary>
    public static string Code(string text) =>
        Unlink(UserText.Clean(text)).Replace('`', '\'').Replace("@", "@" + ZeroWidthSpace, StringComparison.Ordinal);

    /// <summary>
    /// Words of ours, made harmless but not escaped: cleaned, mentions and links broken as in
    /// <see cref="Escape"/>. Our words hold none of that, but a last gate costs nothing; their
    /// markdown is escaped by the markup only where Discord would read it.
    /// </summary>
    /// <remarks>Spaces and line breaks of ours stay as written: only what lies between them is cleaned.</remarks>
    public static string Defuse(string text) =>
        Unlink(BetweenSpaces().Replace(text, run => UserText.Clean(run.Value))).Replace("@", "@" + ZeroWidthSpace, StringComparison.Ordinal);

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
            if (builder.Length + element.Length > max - 2)
            {
                break;
            }

            builder.Append(element);
        }

        // Cut inside markup of ours (a <t:…> timestamp, a <@…> mention), drop the half: Discord would show
        // it as text. A '<' of people's text is escaped as "\<", so an unescaped one is always ours.
        var cut = builder.ToString();
        var open = LastUnescaped(cut, '<');
        if (open >= 0 && LastUnescaped(cut, '>') < open)
        {
            builder.Length = open;
        }

        // Cut inside an inline code span (a "Try:" example), close it: an open span would let Discord
        // render the rest of the example, which is only cleaned for inside code, as markdown.
        var backticks = 0;
        for (var i = 0; i < builder.Length; i++)
        {
            backticks += builder[i] == '`' && (i == 0 || builder[i - 1] != '\\') ? 1 : 0;
        }

        return (backticks % 2 == 1 ? builder.Append('`') : builder).Append('…').ToString();
    }

    private static int LastUnescaped(string text, char c)
    {
        var at = text.LastIndexOf(c);
        while (at > 0 && text[at - 1] == '\\')
        {
            at = text.LastIndexOf(c, at - 1);
        }

        return at;
    }

    /// <summary>A Discord timestamp that every client renders in its own time zone.</summary>
    public static string Timestamp(DateTimeOffset instant, char style) =>
        string.Create(CultureInfo.InvariantCulture, $"<t:{instant.ToUnixTimeSeconds()}:{style}>");

    private static string Unlink(string text) => SchemeEnd().Replace(text, ZeroWidthSpace.ToString());

    // Where a scheme ends and "://" (or ":\\") begins. A look-around, so a long run of letters is read
    // once, not once per starting letter.
    [GeneratedRegex(@"(?<=[A-Za-z0-9+.\-])(?=:[/\\]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex SchemeEnd();

    [GeneratedRegex("[^ \n]+", RegexOptions.CultureInvariant)]
    private static partial Regex BetweenSpaces();
}
