using System.Text.Json;

namespace WatchBot.Discord.Gateway;

/// <summary>
/// Where the gateway hands each INTERACTION_CREATE (the dispatch's <c>d</c> object, raw). The
/// handler answers through the REST interaction callback; the gateway loop only awaits it so that
/// one slow handler cannot stall heartbeats (it runs it off the receive loop).
/// </summary>
public interface IGatewayInteractionHandler
{
    Task HandleAsync(JsonElement interaction, CancellationToken cancellationToken);
}
