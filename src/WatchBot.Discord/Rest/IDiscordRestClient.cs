using System.Text.Json.Nodes;

namespace WatchBot.Discord.Rest;

/// <summary>
/// Discord's REST API as WatchBot uses it: one send with rate limits handled inside. Implemented by
/// <see cref="DiscordRestClient"/>; tests and benchmarks point it at the emulator through
/// <c>Discord:ApiBaseUrl</c>.
/// </summary>
public interface IDiscordRestClient
{
    /// <summary>Sends <paramref name="body"/> (or nothing) to <paramref name="route"/>; never throws for HTTP errors.</summary>
    Task<DiscordResult> SendAsync(DiscordRoute route, JsonNode? body, CancellationToken cancellationToken);

    /// <summary>
    /// Sends <paramref name="body"/> with <paramref name="file"/> attached: multipart/form-data with the
    /// body as <c>payload_json</c> and the file as <c>files[0]</c>, which the body's <c>attachments</c>
    /// must describe (id 0). A client that cannot send files sends the body alone.
    /// </summary>
    Task<DiscordResult> SendAsync(DiscordRoute route, JsonNode body, DiscordFile file, CancellationToken cancellationToken) =>
        SendAsync(route, body, cancellationToken);

    /// <summary>
    /// How long a send to <paramref name="route"/> would wait now for its rate-limit bucket (zero when
    /// it could go): lets a caller with other work do that first instead of waiting inside.
    /// </summary>
    TimeSpan BucketWait(DiscordRoute route) => TimeSpan.Zero;
}
