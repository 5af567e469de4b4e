using System.Text.Json.Nodes;
using WatchBot.Core.Views;
using WatchBot.Discord.Interactions;
using WatchBot.Discord.Rendering;

namespace WatchBot.Contract.Tests.Discord;

/// <summary>
/// Discord's markup as the contract uses it (<see cref="DiscordMarkup"/>): the one place that names
/// the product's drawing code, so the expected deliveries follow whatever draws views for Discord.
/// </summary>
internal static class DiscordDrawing
{
    public static JsonObject Announcement(Announcement announcement) => DiscordMarkup.Announcement(announcement).ToJson();

    public static JsonObject Card(Card card) => DiscordMarkup.Card(card).ToJson();

    public static string Reply(Reply reply) => DiscordMarkup.Reply(reply).ToJson()["content"]!.GetValue<string>();

    /// <summary>What Discord answers a command the engine had nothing to say to (an interaction must be answered).</summary>
    public static string Done(string what) => Reply(DiscordReplies.Done(what));
}
