using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// What the emulated Discord knows of one interaction: where it happened, when (its token works 15
/// minutes of the emulator's clock), and the message its answer became (type 4, or type 5 then
/// <c>@original</c>), if any.
/// </summary>
public sealed class DiscordInteractionAnswer
{
    private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal DiscordInteractionAnswer(string interactionId, string channelId, DateTimeOffset issuedAt)
    {
        InteractionId = interactionId;
        ChannelId = channelId;
        IssuedAt = issuedAt;
    }

    public string InteractionId { get; }

    public string ChannelId { get; }

    public DateTimeOffset IssuedAt { get; }

    /// <summary>When the answer arrived (emulator clock); default until answered.</summary>
    public DateTimeOffset AnsweredAt { get; internal set; }

    /// <summary>The callback type it was answered with (4, 5, 6, 7…), 0 until answered.</summary>
    public int CallbackType { get; internal set; }

    /// <summary>The original response's message id (null when the answer made no message, or it was deleted).</summary>
    public string? MessageId { get; internal set; }

    /// <summary>The original response's body as last sent (content, components, allowed_mentions, flags).</summary>
    public JsonObject? Body { get; internal set; }

    /// <summary>The original response's body as first shown (the answer itself, before any edit).</summary>
    public JsonObject? FirstBody { get; internal set; }

    /// <summary>Whether only the sender sees the original response (flags 64).</summary>
    public bool IsEphemeral => ((Body?["flags"]?.GetValue<int>() ?? 0) & 64) != 0;

    /// <summary>Refused from now on, whatever its age (a test's "Discord forgot it").</summary>
    internal bool Revoked { get; set; }

    internal Task Answered => _answered.Task;

    internal void MarkAnswered() => _answered.TrySetResult();
}
