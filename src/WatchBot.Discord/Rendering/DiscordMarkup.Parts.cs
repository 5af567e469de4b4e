using System.Text;
using WatchBot.Core.Text;
using WatchBot.Core.Views;

namespace WatchBot.Discord.Rendering;

public static partial class DiscordMarkup
{
    // In our own words only what Discord would read as markup is escaped: the inline markers anywhere,
    // and the block markers (heading, quote, list) where a line begins, the only place they act. They
    // are defused as well (DiscordText.Defuse), should someone's text ever end up in a TextPart.
    private const string InlineMarkers = "\\*_~`|<[]";
    private const string LineStartMarkers = "#>-";

    /// <summary>One line: its parts side by side.</summary>
    public static string Draw(ViewLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var builder = new StringBuilder();
        for (var i = 0; i < line.Parts.Count; i++)
        {
            builder.Append(Draw(line.Parts[i], atLineStart: i == 0));
        }

        return builder.ToString();
    }

    /// <summary>One part, as it reads in the middle of a line.</summary>
    public static string Draw(ViewPart part) => Draw(part, atLineStart: false);

    private static string Draw(ViewPart part, bool atLineStart) => part switch
    {
        TextPart { Style: TextStyle.Strong } text => "**" + Ours(text.Value, atLineStart: false) + "**",
        TextPart { Style: TextStyle.Code } text => InlineCode(text.Value),
        TextPart text => Ours(text.Value, atLineStart),
        UserTextPart { Style: TextStyle.Strong } typed => "**" + DiscordText.Escape(typed.Value) + "**",
        UserTextPart { Style: TextStyle.Code } typed => InlineCode(typed.Value),
        UserTextPart typed => DiscordText.Escape(typed.Value),

        // A name as text, never <@id>: a view names people, it does not call them.
        PersonPart person => DiscordText.Escape(person.User.DisplayName),

        // The one part that notifies: <@id>, allowed by id in allowed_mentions.users. An id that is
        // not a snowflake cannot be a Discord user: shown by name instead.
        MentionPart mention when IsSnowflake(mention.User.Id) => $"<@{mention.User.Id}>",
        MentionPart mention => DiscordText.Escape(mention.User.DisplayName),
        InstantPart instant => DiscordText.Timestamp(instant.At, instant.Style switch
        {
            InstantStyle.Time => 'T',
            InstantStyle.DateTime => 'F',
            _ => 'R',
        }),
        PositionPart position => PositionText.Format(position.At),

        // Angle brackets: a link without an embed; our own address, so nothing in it is defused.
        LinkPart link => "<" + link.Url.AbsoluteUri + ">",

        // A server emoji's strict shape is checked again here (the store may hold rows older than that
        // check); anything else is text someone chose, escaped.
        EmojiPart emoji => EmojiText.IsDiscordCustom(emoji.Value) ? emoji.Value : DiscordText.Escape(emoji.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.GetType().Name, "A view part Discord's markup does not know."),
    };

    private static bool IsSnowflake(string id) => id.Length is > 0 and <= 20 && id.All(char.IsAsciiDigit);

    /// <summary>Something to type, as inline code (cleaned for inside code by <see cref="DiscordText.Code"/>).</summary>
    private static string InlineCode(string text) => text.Length == 0 ? "" : "`" + DiscordText.Code(DiscordCommandSpelling.Of(text)) + "`";

    private static string Ours(string text, bool atLineStart)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in DiscordText.Defuse(text))
        {
            if (InlineMarkers.Contains(c, StringComparison.Ordinal) || (atLineStart && LineStartMarkers.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            atLineStart = c == '\n';
        }

        return builder.ToString();
    }
}
