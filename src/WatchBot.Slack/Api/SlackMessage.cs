using System.Text.Json.Nodes;

namespace WatchBot.Slack.Api;

/// <summary>A message body: the notification text (already escaped) and optional Block Kit blocks.</summary>
/// <param name="Text">Fallback and notification text, escaped for Slack.</param>
/// <param name="Blocks">Block Kit blocks, or null for a text-only message.</param>
public sealed record SlackMessage(string Text, JsonArray? Blocks = null);
