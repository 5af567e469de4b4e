using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WatchBot.Core.Text;

namespace WatchBot.Slack.Rendering;

/// <summary>
/// The one way text that may hold user input (titles, names, notes, words echoed in errors) enters a
/// Slack message, in blocks, <c>text</c> fallbacks, ephemerals and scheduled messages alike:
/// <see cref="Escape"/> cleans it (<see cref="UserText.Clean"/>), defuses links and escapes markup.
/// </summary>
public static partial class SlackText
{
    // ONE DOT LEADER and RATIO: they look like "." and ":" but no URL or host name can contain them.
    private const char DotLookAlike = '\u2024';
    private const char ColonLookAlike = '\u2236';

    /// <summary>
    /// Slack's text rules: only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are escaped (nothing else is
    /// HTML-encoded). Escaping the angle brackets is what makes <c>&lt;!channel&gt;</c>, <c>&lt;@U…&gt;</c>
    /// and <c>&lt;http…|link&gt;</c> typed in a title print as text instead of pinging or linking.
    /// Before that the text is cleaned and its links defused (<see cref="Defuse"/>).
    /// </summary>
    public static string Escape(string text)
    {
        var defused = Defuse(UserText.Clean(text));
        var builder = new StringBuilder(defused.Length + 8);
        foreach (var c in defused)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// Makes URLs in <paramref name="text"/> unclickable while they read the same. Slack finds URLs in
    /// message text itself ("http://foo.com/" and "www.foo.com" arrive as links, per its message
    /// formatting guide, and mrkdwn text objects auto-link unless verbatim), and mrkdwn has no escape for
    /// them: only &amp;, &lt;, &gt; can be escaped. So the characters link detection keys on are replaced
    /// with look-alikes: a "." between letters or digits (host names, www., bare domains, e-mail
    /// addresses, also the ideographic and fullwidth dots that IDNA treats as dots) becomes U+2024 ONE
    /// DOT LEADER, and the ":" of a scheme (<c>https://</c>, <c>mailto:</c>, <c>tel:</c>…) becomes U+2236
    /// RATIO. Visible marks (<c>hxxps://evil[.]example</c>, the defanging habit of security reports) would
    /// also do, but would change how "Mr.Robot" reads; look-alikes change nothing a person sees, and a
    /// copied link no longer opens. Zero-width characters are not used: cleaning removes them everywhere.
    /// </summary>
    public static string Defuse(string text)
    {
        var unschemed = SchemeColon().Replace(text, ColonLookAlike.ToString());
        return HostDot().Replace(unschemed, DotLookAlike.ToString());
    }

    /// <summary>
    /// An instant every reader sees in their own time zone: <c>&lt;!date^UNIX^{time_secs}|fallback&gt;</c>.
    /// The fallback (UTC) is for clients that cannot render it.
    /// </summary>
    public static string Date(DateTimeOffset instant, string tokens = "{time_secs}")
    {
        var unix = instant.ToUnixTimeSeconds();
        var fallback = instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"<!date^{unix}^{tokens}|{fallback}>");
    }

    // The ":" of "scheme://" (or ":\\", which browsers read the same), and of the schemes that open
    // something without "//". Written as look-arounds so a long run of letters is read once, not once
    // per starting letter.
    [GeneratedRegex(
        @"(?<=[A-Za-z0-9+.\-]):(?=[/\\]{2})|(?<=(?<![A-Za-z])(?:mailto|tel|sms|callto|facetime|sips?|skype|xmpp|news|magnet|javascript|vbscript|data|file|ftp|irc|geo|maps|market|itms)):",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SchemeColon();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])[.\u3002\uFF0E\uFF61](?=[\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex HostDot();
}
