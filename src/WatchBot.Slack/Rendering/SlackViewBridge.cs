using System.Text.Json.Nodes;
using WatchBot.Core.Text;
using WatchBot.Core.Views;
using WatchBot.Slack.Api;

namespace WatchBot.Slack.Rendering;

/// <summary>
/// A temporary drawing of views as Slack messages, until Slack's own markup replaces it: parts as
/// escaped mrkdwn (<see cref="SlackText"/>), instants as <c>&lt;!date&gt;</c> tokens, a card as blocks
/// with buttons. Action ids (<c>watch:&lt;action&gt;:&lt;session&gt;</c>, reactions
/// <c>watch:react:&lt;index&gt;:&lt;session&gt;</c>) are mapped to the <c>action_id</c> and <c>value</c>
/// Slack's inbound handler reads (<see cref="SlackActions"/>).
/// </summary>
internal static class SlackViewBridge
{
    public static SlackMessage Message(IEnumerable<ViewLine> lines) => new(Draw(lines));

    /// <summary>The headline as a section, the other lines as context, each action row as an actions block.</summary>
    public static SlackMessage Card(Card card)
    {
        var blocks = new JsonArray();
        if (card.Lines.Count > 0)
        {
            blocks.Add(SlackBlocks.Section(Draw(card.Lines[0])));
        }

        if (card.Lines.Count > 1)
        {
            blocks.Add(SlackBlocks.Context(Draw(card.Lines.Skip(1))));
        }

        for (var row = 0; row < card.Actions.Count; row++)
        {
            var buttons = card.Actions[row].Select(Button).OfType<JsonObject>().ToArray();
            if (buttons.Length > 0)
            {
                blocks.Add(SlackBlocks.Actions($"row{row}:{card.Key}", buttons));
            }
        }

        return new SlackMessage(card.Lines.Count > 0 ? Draw(card.Lines[0]) : "", blocks);
    }

    public static string Draw(IEnumerable<ViewLine> lines) => string.Join("\n", lines.Select(Draw));

    public static string Draw(ViewLine line) => string.Concat(line.Parts.Select(Draw));

    private static string Draw(ViewPart part) => part switch
    {
        TextPart { Style: TextStyle.Strong } text => "*" + text.Value + "*",
        TextPart { Style: TextStyle.Code } text => "`" + SlackText.Escape(text.Value) + "`",
        TextPart text => text.Value,
        UserTextPart { Style: TextStyle.Strong } user => "“" + SlackText.Escape(user.Value) + "”",
        UserTextPart { Style: TextStyle.Code } user => "`" + SlackText.Escape(user.Value) + "`",
        UserTextPart user => SlackText.Escape(user.Value),
        PersonPart person => SlackText.Escape(person.User.DisplayName),
        InstantPart { Style: InstantStyle.Time } instant => SlackText.Date(instant.At),
        InstantPart { Style: InstantStyle.DateTime } instant => SlackText.Date(instant.At, "{date_short_pretty} at {time}"),
        InstantPart instant => SlackText.Date(instant.At, "{ago}"),
        PositionPart position => PositionText.Format(position.At),
        EmojiPart emoji => SlackText.Escape(emoji.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.GetType().Name, "A view part Slack cannot draw."),
    };

    // "watch:ready:ID" → watch_ready / ID; "watch:react:2:ID" → watch_react / "ID|😢". An id of another shape is not drawn.
    private static JsonObject? Button(ViewAction action)
    {
        var parts = action.Id.Split(':');
        if (parts.Length < 3 || parts[0] != "watch")
        {
            return null;
        }

        var text = string.Join(" ", new[] { action.Emoji, action.Label }.Where(t => !string.IsNullOrEmpty(t)));
        var style = action.Style is ActionStyle.Primary or ActionStyle.Success ? "primary" : action.Style == ActionStyle.Danger ? "danger" : null;
        return (parts[1], parts.Length) switch
        {
            ("ready", 3) => SlackBlocks.Button(text, SlackActions.Ready, parts[2], style),
            ("pause", 3) => SlackBlocks.Button(text, SlackActions.Pause, parts[2], style),
            ("resume", 3) => SlackBlocks.Button(text, SlackActions.Resume, parts[2], style),
            ("react", 4) when action.Emoji is { } emoji => SlackBlocks.Button(text, SlackActions.React, parts[3] + "|" + emoji, style),
            _ => null,
        };
    }
}
