using System.Text.Json.Nodes;
using WatchBot.Core.Text;
using WatchBot.Core.Views;
using WatchBot.Slack.Api;

namespace WatchBot.Slack.Rendering;

/// <summary>
/// Views drawn as Slack messages, and the only place that knows Slack's syntax: mrkdwn with every
/// piece of user text through <see cref="SlackText.Escape"/>, people as names (<c>&lt;@U…&gt;</c> only for
/// a <see cref="MentionPart"/>, the one part meant to notify),
/// instants as <c>&lt;!date&gt;</c> tokens each reader sees in their own zone (so a countdown needs no
/// edits), a card as Block Kit with its actions as buttons. It knows nothing of sessions or notices.
/// </summary>
public static class SlackMarkup
{
    /// <summary>A new message: its lines as mrkdwn text (what the notification shows).</summary>
    public static SlackMessage Announcement(Announcement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        return new SlackMessage(Draw(announcement.Lines));
    }

    /// <summary>An answer for the sender only.</summary>
    public static string Reply(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Draw(reply.Lines);
    }

    /// <summary>The headline as a section, the other lines as context, the menu as a static_select, each action row as buttons; the headline is the fallback text.</summary>
    public static SlackMessage Card(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var blocks = new JsonArray();
        if (card.Lines.Count > 0)
        {
            blocks.Add((JsonNode)SlackBlocks.Section(Draw(card.Lines[0])));
        }

        if (card.Lines.Count > 1)
        {
            blocks.Add((JsonNode)SlackBlocks.Context(Draw(card.Lines.Skip(1))));
        }

        if (SlackMenus.Of(card.Choice) is { } menu)
        {
            blocks.Add((JsonNode)SlackBlocks.Actions($"menu:{card.Key}", menu));
        }

        for (var row = 0; row < card.Actions.Count; row++)
        {
            var buttons = card.Actions[row].Select(SlackButtons.Of).OfType<JsonObject>().ToArray();
            if (buttons.Length > 0)
            {
                // block_id keeps action_ids unique per block; a row of one card is unique by its index.
                blocks.Add((JsonNode)SlackBlocks.Actions($"row{row}:{card.Key}", buttons));
            }
        }

        return new SlackMessage(card.Lines.Count > 0 ? Draw(card.Lines[0]) : "", blocks);
    }

    public static string Draw(IEnumerable<ViewLine> lines) => string.Join("\n", lines.Select(Draw));

    public static string Draw(ViewLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return string.Concat(line.Parts.Select(Draw));
    }

    private static string Draw(ViewPart part) => part switch
    {
        TextPart { Style: TextStyle.Strong } text => "*" + Ours(text.Value) + "*",
        TextPart { Style: TextStyle.Code } text => "`" + Ours(text.Value) + "`",
        TextPart text => Ours(text.Value),

        // A title reads as a title in quotes: bold around someone's text would break on their own "*".
        UserTextPart { Style: TextStyle.Strong } user => "“" + SlackText.Escape(user.Value) + "”",
        UserTextPart { Style: TextStyle.Code } user => "`" + SlackText.Escape(user.Value).Replace('`', '\'') + "`",
        UserTextPart user => SlackText.Escape(user.Value),
        PersonPart person => SlackText.Escape(person.User.DisplayName),

        // The one part that notifies: Slack's user mention, only for an id shaped like a Slack user's.
        MentionPart mention when SlackIds.IsUser(mention.User.Id) => $"<@{mention.User.Id}>",
        MentionPart mention => SlackText.Escape(mention.User.DisplayName),
        InstantPart { Style: InstantStyle.Time } instant => SlackText.Date(instant.At),
        InstantPart { Style: InstantStyle.DateTime } instant => SlackText.Date(instant.At, "{date_short_pretty} at {time}"),
        InstantPart instant => SlackText.Date(instant.At, "{ago}"),
        PositionPart position => PositionText.Format(position.At),
        LinkPart link => "<" + link.Url.AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal) + ">",
        EmojiPart emoji => SlackText.Escape(emoji.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.GetType().Name, "A view part Slack cannot draw."),
    };

    /// <summary>
    /// Our own words go through the same escaping as anyone's (a word a feature took from elsewhere,
    /// a help line or an example, must not become a link, a ping or hidden text in Slack either), but
    /// keep the spaces at their ends: they separate them from the parts beside them.
    /// </summary>
    private static string Ours(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return text.Length > 0 ? " " : "";
        }

        var lead = char.IsWhiteSpace(text[0]) ? " " : "";
        var trail = char.IsWhiteSpace(text[^1]) ? " " : "";
        return lead + SlackText.Escape(text) + trail;
    }
}
