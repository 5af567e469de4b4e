using System.Text.Json;

namespace WatchBot.Discord.Rest;

/// <summary>
/// What a REST call came to: errors are values, so a failed send is something the caller decides
/// about (tell the sender, log, move on), never an exception that unwinds a session.
/// </summary>
/// <param name="Status">The HTTP status; 0 when no response arrived (network error, retries exhausted).</param>
/// <param name="Code">Discord's JSON error code (50013 Missing Permissions…), 0 when none.</param>
/// <param name="Body">The response body when it was JSON.</param>
public sealed record DiscordResult(int Status, int Code, JsonElement? Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The bot may not see or write in the channel (403, 50001 Missing Access, 50013 Missing Permissions).</summary>
    public bool IsMissingPermissions => Status == 403 || Code is 50001 or 50013;

    /// <summary>The <c>id</c> of the object returned (a message on create).</summary>
    public string? Id =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    public static DiscordResult NoResponse { get; } = new(0, 0, null);
}
