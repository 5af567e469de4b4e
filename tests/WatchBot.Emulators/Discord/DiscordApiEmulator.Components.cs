using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// Components of the bot's messages: checked on every create and edit (<see cref="DiscordComponentRules"/>),
/// kept as last sent (an edit without <c>components</c> leaves them), and usable as a person would use
/// them: <see cref="Choose"/> picks an option of a message's select.
/// </summary>
public sealed partial class DiscordApiEmulator
{
    private readonly ConcurrentDictionary<string, (string Channel, JsonArray Components)> _components = new(StringComparer.Ordinal);

    /// <summary>The ids of the bot's messages whose content (after its edits) contains <paramref name="text"/>, oldest first.</summary>
    public IReadOnlyList<string> MessagesContaining(string text) =>
        [.. _messages.Where(m => m.Value.Contains(text, StringComparison.Ordinal)).Select(m => m.Key).OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal)];

    /// <summary>The String Select on message <paramref name="messageId"/> as last sent, or null when it has none.</summary>
    public JsonObject? SelectMenu(string messageId) =>
        _components.TryGetValue(messageId, out var kept)
            ? kept.Components.OfType<JsonObject>()
                .SelectMany(row => row["components"] as JsonArray ?? [])
                .OfType<JsonObject>()
                .FirstOrDefault(c => c["type"]?.GetValue<int>() == 3)
            : null;

    /// <summary>
    /// The MESSAGE_COMPONENT interaction Discord sends when <paramref name="userId"/> picks
    /// <paramref name="value"/> in the select of <paramref name="messageId"/> (with the message as it
    /// stands, as Discord includes it). A client cannot pick from a missing or disabled menu, nor a value
    /// it does not offer: those throw, as a test asking for them is wrong.
    /// </summary>
    public JsonObject Choose(string messageId, string value, string userId = "2000000000000000001", string name = "alice",
        string permissions = DiscordInteractions.PlainPermissions, string guildId = DiscordInteractions.GuildId)
    {
        var select = SelectMenu(messageId) ?? throw new InvalidOperationException($"Message {messageId} has no select menu.");
        if (select["disabled"]?.GetValue<bool>() == true)
        {
            throw new InvalidOperationException("The select menu is disabled: nobody can pick from it.");
        }

        if (!select["options"]!.AsArray().Any(o => o?["value"]?.GetValue<string>() == value))
        {
            throw new InvalidOperationException($"The select menu offers no value \"{value}\".");
        }

        var (channel, components) = _components[messageId];
        var interaction = DiscordInteractions.Select(select["custom_id"]!.GetValue<string>(), [value], userId, name, permissions, guildId, channel);
        interaction["message"] = new JsonObject
        {
            ["id"] = messageId,
            ["channel_id"] = channel,
            ["content"] = MessageContent(messageId),
            ["components"] = components.DeepClone(),
        };
        return interaction;
    }

    /// <summary>Discord's 400 for components it would not take, or null.</summary>
    private static (int, JsonNode?)? ComponentsRefused(JsonObject sent) =>
        DiscordComponentRules.Problem(sent["components"]) is { } problem
            ? (400, new JsonObject
            {
                ["code"] = 50035,
                ["message"] = "Invalid Form Body",
                ["errors"] = new JsonObject { ["components"] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = "COMPONENT_INVALID", ["message"] = problem }) } },
            })
            : null;

    private void KeepComponents(string id, string channel, JsonObject sent)
    {
        if (sent["components"] is JsonArray components)
        {
            _components[id] = (channel, (JsonArray)components.DeepClone());
        }
    }
}
