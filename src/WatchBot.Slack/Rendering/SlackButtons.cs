using System.Text.Json.Nodes;
using WatchBot.Core.Grammar;
using WatchBot.Core.Views;

namespace WatchBot.Slack.Rendering;

/// <summary>
/// A card's action as a Block Kit button. The view's action id (<see cref="CardActions"/>:
/// <c>watch:&lt;sub-command&gt;[:&lt;value&gt;]*:&lt;session&gt;</c>) is the button's <c>action_id</c> as it
/// is, and Slack's inbound handler reads it back with the same Core function as Discord
/// (<see cref="SlackActions.TryRead"/>), so a feature's new buttons need nothing here. An id of
/// another shape is not drawn.
/// </summary>
internal static class SlackButtons
{
    public static JsonObject? Of(ViewAction action)
    {
        if (!CardActions.TryRead(action.Id, out var press))
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
        // The value repeats the session, as the buttons of older messages carried it.
        return SlackBlocks.Button(text, action.Id, press.Session.Value, style);
    }
}
