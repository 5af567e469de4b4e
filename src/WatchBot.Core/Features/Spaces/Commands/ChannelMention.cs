
namespace WatchBot.Core.Features.Spaces.Commands;

/// <summary>
/// A channel as each platform sends it in a text option: Discord <c>&lt;#123&gt;</c>, Slack
/// <c>&lt;#C123|mod-log&gt;</c>, the shell a name (<c>#mod-log</c> or <c>mod-log</c>). The id is
/// what is stored; <c>off</c> is none.
/// </summary>
internal static class ChannelMention
{
    public static Change<string?>? Read(string typed)
    {
        var text = typed.Trim();
        if (string.Equals(text, SettingsCommand.OffWord, StringComparison.OrdinalIgnoreCase))
        {
            return new(null);
        }

        if (text.StartsWith("<#", StringComparison.Ordinal) && text.EndsWith('>'))
        {
            var inner = text[2..^1];
            var bar = inner.IndexOf('|', StringComparison.Ordinal);
            var id = bar >= 0 ? inner[..bar] : inner;
            return IsId(id) ? new(id) : null;
        }

        var name = text.TrimStart('#');
        return IsId(name) ? new(name) : null;
    }

    // Ids and channel names are letters, digits, - and _; anything else (spaces, markup) is not a channel.
    private static bool IsId(string id) => id.Length is > 0 and <= 80 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
