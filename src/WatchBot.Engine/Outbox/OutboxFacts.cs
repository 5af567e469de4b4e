namespace WatchBot.Engine.Outbox;

/// <summary>
/// A channel notice's own values, apart from its session, as stored in an outbox entry: platform-neutral
/// numbers and names (instants in unix milliseconds, durations in milliseconds). Each kind uses the few it needs.
/// </summary>
internal sealed record OutboxFacts
{
    public long? TargetMs { get; init; }

    public long? AtMs { get; init; }

    public long? PositionMs { get; init; }

    public long? FromMs { get; init; }

    public long? ToMs { get; init; }

    public long? RequestedMs { get; init; }

    public long? LateMs { get; init; }

    public long? WatchedMs { get; init; }

    public bool? IsResume { get; init; }

    public string? ById { get; init; }

    public string? ByName { get; init; }

    public int? Count { get; init; }

    public int? ParticipantCount { get; init; }

    public string? OtherSessionId { get; init; }

    public int? Sequence { get; init; }

    public string? Emoji { get; init; }

    public string? Note { get; init; }
}
