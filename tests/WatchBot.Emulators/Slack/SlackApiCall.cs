using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Slack;

/// <summary>One Web API call the emulator received, as the bot sent it.</summary>
/// <param name="Method">The method name (<c>chat.postMessage</c>…).</param>
/// <param name="Token">The Bearer token from the Authorization header, or null.</param>
/// <param name="ContentType">The Content-Type header as sent.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="Status">The HTTP status the emulator answered (200 or 429).</param>
/// <param name="Error">The Slack error code answered, or null when ok.</param>
public sealed record SlackApiCall(string Method, string? Token, string? ContentType, JsonObject Body, int Status, string? Error)
{
    /// <summary>The JSON the emulator answered (its <c>ts</c>, <c>scheduled_message_id</c>…), or null for a 429.</summary>
    public JsonObject? Answer { get; init; }

    /// <summary>When the emulator answered it (by its clock).</summary>
    public DateTimeOffset At { get; init; }

    public string? Channel => Body["channel"]?.GetValue<string>();

    public string? Text => Body["text"]?.GetValue<string>();

    public bool Ok => Status == 200 && Error is null;
}
