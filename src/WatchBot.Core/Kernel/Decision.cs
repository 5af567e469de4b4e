using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;

namespace WatchBot.Core.Kernel;

/// <summary>
/// What the rules decided: the next value of the session (to save before anything is said), the
/// reactions to append with it, what to tell the channel, what to tell only the sender, and which timers to arm or cancel.
/// </summary>
public sealed record Decision
{
    public static readonly Decision Nothing = new();

    /// <summary>The session to save, or null when nothing changed.</summary>
    public WatchSession? Next { get; init; }

    /// <summary>
    /// Reactions to append beside <see cref="Next"/>, in the same transaction: facts, never rewritten,
    /// and not part of the session value (it keeps only their <see cref="ReactionSummary"/>).
    /// </summary>
    public IReadOnlyList<Reaction> NewReactions { get; init; } = [];

    /// <summary>
    /// New values of other aggregates a feature owns (a poll this decision closes, later), committed
    /// with <see cref="Next"/> in the same transaction, each at its own expected version. Only beside
    /// a session: a decision with changes and no <see cref="Next"/> is refused by the coordinator.
    /// </summary>
    public IReadOnlyList<AggregateChange> Changes { get; init; } = [];

    public IReadOnlyList<Notice> ToChannel { get; init; } = [];

    /// <summary>The answer to the sender only (ephemeral where the platform allows).</summary>
    public Notice? Reply { get; init; }

    public IReadOnlyList<SessionTimer> Arm { get; init; } = [];

    /// <summary>Moderator actions this decision took, appended to the space's audit log once it is committed.</summary>
    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];

    /// <summary>Sessions whose timers are no longer needed.</summary>
    public IReadOnlyList<SessionId> Disarm { get; init; } = [];

    public static Decision ReplyOnly(Notice reply) => new() { Reply = reply };

    public static Decision Refuse(string reason, string? suggestion = null) => ReplyOnly(new Refused(reason, suggestion));
}
