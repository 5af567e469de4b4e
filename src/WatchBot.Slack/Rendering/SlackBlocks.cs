using System.Globalization;
using System.Text.Json.Nodes;

namespace WatchBot.Slack.Rendering;

/// <summary>Block Kit building blocks. Text objects are <c>verbatim</c>: Slack does not auto-link inside them.</summary>
internal static class SlackBlocks
{
    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Truncate(mrkdwn, 3000), ["verbatim"] = true },
    };

    public static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = Truncate(mrkdwn, 2000), ["verbatim"] = true }),
    };

    public static JsonObject Button(string text, string actionId, string value, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true },
            ["action_id"] = actionId,
            ["value"] = value,
        };
        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }

    /// <summary>An actions block; <paramref name="blockId"/> keeps action_ids unique per block.</summary>
    public static JsonObject Actions(string blockId, params JsonObject[] elements) => new()
    {
        ["type"] = "actions",
        ["block_id"] = blockId,
        ["elements"] = new JsonArray([.. elements]),
    };

    /// <summary>Cut on a text element boundary: half a surrogate pair cannot be sent, half an emoji reads wrong.</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= max - 1)
        {
            cut = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return text[..cut] + "…";
    }
}
