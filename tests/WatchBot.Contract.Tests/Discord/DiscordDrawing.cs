using System.Text.Json.Nodes;
using WatchBot.Core.Views;
using WatchBot.Discord.Rendering;

namespace WatchBot.Contract.Tests.Discord;

/// <summary>
/// Discord's markup as the contract uses it: the one place that names the product's drawing code,
/// so the expected deliveries follow whatever draws views for Discord.
/// </summary>
internal static class DiscordDrawing
{
    public static JsonObject Announcement(Announcement announcement) => DiscordViewBridge.Announcement(announcement).ToJson();

    public static JsonObject Card(Card card) => DiscordViewBridge.Card(card).ToJson();

    public static string Reply(Reply reply) => DiscordViewBridge.Draw(reply.Lines);
}
