using System.Text.Json.Nodes;
using WatchBot.Core.Views;
using WatchBot.Slack.Api;
using WatchBot.Slack.Rendering;

namespace WatchBot.Contract.Tests.Slack;

/// <summary>
/// Slack's markup as the contract uses it: the one place that names the product's drawing code, so
/// the expected deliveries follow whatever draws views for Slack.
/// </summary>
internal static class SlackDrawing
{
    public static JsonObject Announcement(Announcement announcement) => Body(SlackMarkup.Announcement(announcement));

    public static JsonObject Card(Card card) => Body(SlackMarkup.Card(card));

    public static string Reply(Reply reply) => SlackMarkup.Reply(reply);

    private static JsonObject Body(SlackMessage message) => new() { ["text"] = message.Text, ["blocks"] = message.Blocks?.DeepClone() };
}
