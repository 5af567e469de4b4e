using System.Globalization;
using System.Text;

namespace WatchBot.Slack.Rendering;

/// <summary>
/// Slack's text rules: only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are escaped (nothing else is
/// HTML-encoded). Escaping the angle brackets is what makes <c>&lt;!channel&gt;</c>, <c>&lt;@U…&gt;</c>
/// and <c>&lt;http…|link&gt;</c> typed in a title print as text instead of pinging or linking.
/// </summary>
public static class SlackText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
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
    /// An instant every reader sees in their own time zone: <c>&lt;!date^UNIX^{time_secs}|fallback&gt;</c>.
    /// The fallback (UTC) is for clients that cannot render it.
    /// </summary>
    public static string Date(DateTimeOffset instant, string tokens = "{time_secs}")
    {
        var unix = instant.ToUnixTimeSeconds();
        var fallback = instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"<!date^{unix}^{tokens}|{fallback}>");
    }
}
