using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>One request the emulated Discord REST API received, and what it answered.</summary>
/// <param name="Method">GET, POST, PATCH, PUT.</param>
/// <param name="Path">The path after the API base, e.g. <c>/channels/1/messages</c>.</param>
/// <param name="Body">The raw body ("" when none).</param>
/// <param name="Authorization">The Authorization header as sent.</param>
/// <param name="UserAgent">The User-Agent header as sent.</param>
/// <param name="Status">The status the emulator answered.</param>
/// <param name="At">When it arrived.</param>
public sealed record DiscordApiCall(string Method, string Path, string Body, string Authorization, string UserAgent, int Status, DateTimeOffset At)
{
    /// <summary>The files of a multipart/form-data request (its <see cref="Body"/> is then the <c>payload_json</c>); empty for JSON.</summary>
    public IReadOnlyList<DiscordApiFile> Files { get; init; } = [];

    /// <summary>A create answered with an earlier message because its enforced nonce repeated: nothing was created.</summary>
    public bool Repeated { get; init; }

    /// <summary>For a 429: the <c>X-RateLimit-Scope</c> it carried ("global" or "user"); null otherwise.</summary>
    public string? RateLimitScope { get; init; }

    /// <summary>The body as JSON, or null.</summary>
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <summary>The <c>content</c> sent (JSON-decoded), or "".</summary>
    public string Content => Json is JsonObject o && o["content"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : "";

    /// <summary>A message create or edit in a channel (what allowed_mentions must ride on).</summary>
    public bool IsMessageWrite => Path.StartsWith("/channels/", StringComparison.Ordinal) && Method is "POST" or "PATCH";

    /// <summary>An edit of an interaction's original response (a card that was the answer).</summary>
    public bool IsOriginalEdit => Method == "PATCH" && Path.StartsWith("/webhooks/", StringComparison.Ordinal) && Path.EndsWith("/messages/@original", StringComparison.Ordinal);

    /// <summary>A follow-up message for the whole channel (not ephemeral): a GO posted on an interaction's token.</summary>
    public bool IsPublicFollowUp =>
        Method == "POST" && Path.StartsWith("/webhooks/", StringComparison.Ordinal) && Path.Count(c => c == '/') == 3
        && (((Json as JsonObject)?["flags"]?.GetValue<int>() ?? 0) & 64) == 0;

    /// <summary>An interaction callback or webhook follow-up (exempt from the global limit).</summary>
    public bool IsInteraction => Path.StartsWith("/interactions/", StringComparison.Ordinal) || Path.StartsWith("/webhooks/", StringComparison.Ordinal);
}
