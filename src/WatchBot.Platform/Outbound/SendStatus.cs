namespace WatchBot.Platform.Outbound;

/// <summary>How one send to a platform ended, in the kit's words.</summary>
public enum SendStatus
{
    /// <summary>Done; a post carries the platform's message id.</summary>
    Sent,

    /// <summary>The message to edit (or the arranged post to cancel) no longer exists.</summary>
    Gone,

    /// <summary>The bot may not post in this channel (not a member, a permission missing): worth a note to whoever caused it.</summary>
    CannotPost,

    /// <summary>The platform asked us to wait (<see cref="SendResult.RetryAfter"/>); the kit tries again then, holding the channel's order.</summary>
    Throttled,

    /// <summary>Anything else; logged and not retried (the durable outbox is the engine's).</summary>
    Failed,
}
