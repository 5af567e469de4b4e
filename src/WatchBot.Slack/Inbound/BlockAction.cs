using System.Text.Json;
using WatchBot.Http;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// One button click or menu pick from a <c>block_actions</c> payload (HTTP <c>payload</c> field or Socket
/// Mode <c>interactive</c> envelope): who clicked which of our buttons, or picked what in which menu, where.
/// A pick's <see cref="Value"/> is the picked option's value ("" when the menu was cleared).
/// </summary>
public sealed record BlockAction(
    string TeamId,
    string ChannelId,
    string UserId,
    string? UserName,
    string ActionId,
    string Value,
    string? ActionTs,
    string? ResponseUrl)
{
    /// <summary>A pick in a <c>static_select</c> (not a button click).</summary>
    public bool IsPick { get; init; }

    /// <summary>A pick's <c>selected_option.value</c>; null when the menu was cleared (Slack sends <c>null</c>).</summary>
    public string? Picked { get; init; }

    /// <summary>
    /// Reads the first action; null when the payload is not a usable block_actions click: not an
    /// object, unreadable text, a missing field, or an id not shaped like a Slack id of its kind.
    /// </summary>
    public static BlockAction? FromJson(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || !InboundJson.IsReadable(payload) || Str(payload, "type") != "block_actions")
        {
            return null;
        }

        var user = Obj(payload, "user");
        var channel = Obj(payload, "channel");
        var team = Obj(payload, "team");
        if (user is not { } u || channel is not { } c
            || !payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0)
        {
            return null;
        }

        var action = actions[0];
        if (action.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var teamId = NonEmpty(team is { } t ? Str(t, "id") : null) ?? Str(u, "team_id");
        var userId = Str(u, "id");
        var channelId = Str(c, "id");
        var actionId = Str(action, "action_id");
        if (!SlackIds.IsTeam(teamId) || !SlackIds.IsUser(userId) || !SlackIds.IsChannel(channelId) || string.IsNullOrEmpty(actionId))
        {
            return null;
        }

        var isPick = Str(action, "type") == "static_select";
        var picked = isPick && Obj(action, "selected_option") is { } selected ? Str(selected, "value") : null;
        return new BlockAction(teamId, channelId, userId, Str(u, "username") ?? Str(u, "name"), actionId,
            (isPick ? picked : Str(action, "value")) ?? "", Str(action, "action_ts"), Str(payload, "response_url"))
        {
            IsPick = isPick,
            Picked = picked,
        };
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static JsonElement? Obj(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
