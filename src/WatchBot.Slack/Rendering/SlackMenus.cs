using System.Globalization;
using System.Text.Json.Nodes;
using WatchBot.Core.Grammar;
using WatchBot.Core.Text;
using WatchBot.Core.Views;

namespace WatchBot.Slack.Rendering;

/// <summary>
/// A card's menu as a Block Kit <c>static_select</c>. Its <c>action_id</c> is the view's id as it is (a
/// card action id without the value) and the picked option's <c>value</c> comes back in
/// <c>selected_option</c>, read with the same Core function as Discord's (<see cref="CardActions.TryReadChoice"/>).
/// Slack has no disabled select: a disabled menu, an id of another shape or a menu without options is not drawn.
/// </summary>
internal static class SlackMenus
{
    /// <summary>Slack's limits: option text and description 75 characters, value and placeholder 150.</summary>
    public const int MaxOptionText = 75;

    public const int MaxValue = 150;

    public const int MaxPlaceholder = 150;

    public static JsonObject? Of(ViewChoice? choice)
    {
        if (choice is null || choice.Disabled || choice.Options.Count == 0 || !CardActions.TryRead(choice.Id, out _))
        {
            return null;
        }

        var options = new JsonArray();
        foreach (var option in choice.Options.Take(ViewChoice.MaxOptions).Where(o => o.Value.Length <= MaxValue))
        {
            var json = new JsonObject { ["text"] = Plain(option.Label, MaxOptionText), ["value"] = option.Value };
            if (!string.IsNullOrEmpty(option.Description))
            {
                json["description"] = Plain(option.Description, MaxOptionText);
            }

            options.Add((JsonNode)json);
        }

        return new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = choice.Id,
            ["placeholder"] = Plain(choice.Placeholder, MaxPlaceholder),
            ["options"] = options,
        };
    }

    // plain_text shows people's text as it is (no mrkdwn, no mentions): cleaned and cut, nothing escaped.
    private static JsonObject Plain(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = Cut(UserText.Clean(text), max),
        ["emoji"] = true,
    };

    private static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var elements = StringInfo.GetTextElementEnumerator(text);
        var end = 0;
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= max - 1)
        {
            end = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return text[..end] + "…";
    }
}
