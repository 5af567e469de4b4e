using System.Text.Json;
using WatchBot.Http;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// A slash command invocation: the form fields of the HTTP POST, or the same fields as JSON in a
/// Socket Mode <c>slash_commands</c> envelope. Only what WatchBot uses; the rest is ignored.
/// </summary>
public sealed record SlashCommand(
    string TeamId,
    string ChannelId,
    string UserId,
    string? UserName,
    string Command,
    string Text,
    string? ResponseUrl,
    string? TriggerId)
{
    /// <summary>
    /// Reads the fields; null when a required one (team_id, channel_id, user_id, command) is missing
    /// or an id is not shaped like a Slack id of its kind (<see cref="SlackIds"/>).
    /// </summary>
    public static SlashCommand? From(Func<string, string?> field)
    {
        var team = field("team_id");
        var channel = field("channel_id");
        var user = field("user_id");
        var command = field("command");
        if (!SlackIds.IsTeam(team) || !SlackIds.IsChannel(channel) || !SlackIds.IsUser(user) || string.IsNullOrWhiteSpace(command))
        {
            return null;
        }

        return new SlashCommand(team, channel, user, field("user_name"), command, field("text") ?? "", field("response_url"), field("trigger_id"));
    }

    /// <summary>From a JSON object (Socket Mode payload); null when it is not an object, holds unreadable text or lacks a required field.</summary>
    public static SlashCommand? FromJson(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Object && InboundJson.IsReadable(payload)
            ? From(name => payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            : null;
}
