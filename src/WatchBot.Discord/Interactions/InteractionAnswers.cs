using System.Text.Json.Nodes;
using WatchBot.Core.Views;
using WatchBot.Discord.Rendering;

namespace WatchBot.Discord.Interactions;

/// <summary>Interaction response bodies (the JSON of an HTTP 200 answer or of a callback POST).</summary>
internal static class InteractionAnswers
{
    /// <summary>The answer to an interaction id seen before (a replay): nothing is done again.</summary>
    public const string AlreadyHandled = "I already handled this interaction, so nothing more was changed. Run the command again if you meant to.";

    public static JsonObject Pong() => new() { ["type"] = InteractionTypes.Pong };

    /// <summary>A reply only the sender sees (type 4, flags 64), drawn by <see cref="DiscordMarkup"/>, mentions off.</summary>
    public static JsonObject Ephemeral(Reply reply) => new()
    {
        ["type"] = InteractionTypes.ChannelMessage,
        ["data"] = DiscordMarkup.Reply(reply).ToJson(),
    };

    /// <summary>Our own words only the sender sees (escaped like any words of ours).</summary>
    public static JsonObject Ephemeral(string words) => Ephemeral(DiscordReplies.Say(words));

    /// <summary>"Thinking…" for the sender only (type 5, flags 64); the answer follows by editing @original.</summary>
    public static JsonObject DeferredEphemeral() => new()
    {
        ["type"] = InteractionTypes.DeferredChannelMessage,
        ["data"] = new JsonObject { ["flags"] = InteractionTypes.Ephemeral },
    };

    /// <summary>
    /// The session card itself as the answer, for the whole channel (type 4, no flags): Discord shows
    /// "alice used /watch start" above it. <paramref name="drawn"/> is the card's message body
    /// (<see cref="DiscordMarkup.Card"/>), its <c>allowed_mentions</c> included.
    /// </summary>
    public static JsonObject Card(JsonObject drawn) => new()
    {
        ["type"] = InteractionTypes.ChannelMessage,
        ["data"] = drawn,
    };

    /// <summary>
    /// "Thinking…" in the channel (type 5, no flags), for a command whose answer may be the public card:
    /// a deferred answer cannot change between ephemeral and public later (PROTOCOLS.md §1 "Deferred + ephemeral").
    /// </summary>
    public static JsonObject DeferredPublic() => new() { ["type"] = InteractionTypes.DeferredChannelMessage };

    /// <summary>Whether <paramref name="answer"/> is a message for the whole channel (type 4 without the ephemeral flag).</summary>
    public static bool IsPublicMessage(JsonObject answer) =>
        answer["type"]?.GetValue<int>() == InteractionTypes.ChannelMessage
        && (((answer["data"] as JsonObject)?["flags"]?.GetValue<int>() ?? 0) & InteractionTypes.Ephemeral) == 0;

    public static JsonObject Choices(IEnumerable<(string Name, string Value)> choices)
    {
        var list = new JsonArray();
        foreach (var (name, value) in choices.Take(25))
        {
            list.Add((JsonNode)new JsonObject { ["name"] = name, ["value"] = value });
        }

        return new JsonObject
        {
            ["type"] = InteractionTypes.AutocompleteResult,
            ["data"] = new JsonObject { ["choices"] = list },
        };
    }
}
