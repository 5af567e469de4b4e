using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// Socket Mode's way in: <c>slash_commands</c> payloads are the slash command form as JSON and are
/// answered in the ack; <c>interactive</c> block_actions are our buttons (bare ack, answers follow
/// through the Web API); <c>events_api</c> is acknowledged and ignored (no event scopes requested).
/// </summary>
internal sealed class SlackEnvelopeHandler(SlackCommandHandler handler, ILogger<SlackEnvelopeHandler> logger) : ISocketModeEnvelopeHandler
{
    public async Task<JsonObject?> HandleAsync(string type, JsonElement payload, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case "slash_commands":
                if (SlashCommand.FromJson(payload) is not { } command)
                {
                    Log.Malformed(logger, "socket:slash_commands", "missing field");
                    return SlackReplies.Ephemeral("Sorry — that command arrived incomplete. Try: `/watch help`");
                }

                return await handler.HandleCommandAsync(command, cancellationToken) is { } text ? SlackReplies.Ephemeral(text) : null;
            case "interactive":
                if (BlockAction.FromJson(payload) is { } action)
                {
                    await handler.HandleActionAsync(action, cancellationToken);
                }
                else
                {
                    Log.Malformed(logger, "socket:interactive", "not a block_actions click");
                }

                return null;
            default:
                return null;
        }
    }
}
