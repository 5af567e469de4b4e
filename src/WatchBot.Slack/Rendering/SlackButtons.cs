using System.Text.Json.Nodes;
using WatchBot.Core.Views;

namespace WatchBot.Slack.Rendering;

/// <summary>
/// A card's action as a Block Kit button. The view's action ids (<c>watch:&lt;action&gt;:&lt;session&gt;</c>,
/// reactions <c>watch:react:&lt;index&gt;:&lt;session&gt;</c>) become the <c>action_id</c> and <c>value</c>
/// Slack's inbound handler reads (<see cref="SlackActions"/>); an id of another shape is not drawn.
/// </summary>
internal static class SlackButtons
{
    public static JsonObject? Of(ViewAction action)
    {
        var parts = action.Id.Split(':');
        if (parts.Length < 3 || parts[0] != "watch")
        {
            return null;
        }

        // Button labels are plain_text: our own words and a Unicode emoji, nothing to escape.
        var text = string.Join(" ", new[] { action.Emoji, action.Label }.Where(t => !string.IsNullOrEmpty(t)));
        var style = action.Style switch
        {
            ActionStyle.Primary or ActionStyle.Success => "primary",
            ActionStyle.Danger => "danger",
            _ => null,
        };
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
