using System.Text.RegularExpressions;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Scrubs Slack tokens (<c>xapp-</c>, <c>xox?-</c>) and connection tickets from text that is about to be
/// logged: exception messages come from code we do not control (HTTP clients echo URLs and headers).
/// </summary>
internal static partial class SecretRedactor
{
    public static string Redact(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Secrets().Replace(text, "[redacted]");

    [GeneratedRegex(@"(xapp-|xox[a-z]-)[A-Za-z0-9\-]+|ticket=[^&\s""']+|wss?://\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Secrets();
}
