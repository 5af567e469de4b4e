namespace WatchBot.Platform.Outbound;

/// <summary>What a platform's messenger answers for one send. Failures are values, never exceptions.</summary>
/// <param name="Status">How it ended.</param>
public sealed record SendResult(SendStatus Status)
{
    /// <summary>The platform's id of the message posted (or the arranged post), when <see cref="SendStatus.Sent"/>.</summary>
    public string? MessageId { get; init; }

    /// <summary>The platform's own code for a failure (<c>not_in_channel</c>, <c>50013</c>): for logs and notes, never user text.</summary>
    public string? Detail { get; init; }

    /// <summary>How long the platform asked us to wait, when <see cref="SendStatus.Throttled"/>.</summary>
    public TimeSpan RetryAfter { get; init; }

    public bool IsSent => Status == SendStatus.Sent;

    public static SendResult Sent(string? messageId = null) => new(SendStatus.Sent) { MessageId = messageId };

    public static SendResult Gone(string? detail = null) => new(SendStatus.Gone) { Detail = detail };

    public static SendResult CannotPost(string? detail = null) => new(SendStatus.CannotPost) { Detail = detail };

    public static SendResult Throttled(TimeSpan retryAfter) => new(SendStatus.Throttled) { RetryAfter = retryAfter };

    public static SendResult Failed(string? detail = null) => new(SendStatus.Failed) { Detail = detail };
}
