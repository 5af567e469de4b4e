using System.Text.Json.Nodes;

namespace WatchBot.Slack.Inbound;

/// <summary>The body of an immediate answer: visible to the sender only.</summary>
internal static class SlackReplies
{
    public static JsonObject Ephemeral(string text) => new()
    {
        ["response_type"] = "ephemeral",
        ["text"] = text,
    };
}
