using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Moderation.Audit;

/// <summary>
/// One line of a space's audit log: who did what to whom, when and why. Written once, never
/// edited; deleted after <c>Privacy:RetainAuditFor</c>.
/// </summary>
/// <param name="Platform">The space's platform.</param>
/// <param name="SpaceId">The space (guild, workspace, <c>local</c>).</param>
/// <param name="At">When it happened.</param>
/// <param name="Action">What was done.</param>
/// <param name="By">Who did it; null where the log must not say (forget-me).</param>
/// <param name="Subject">Whom it was done to, if anyone.</param>
/// <param name="Detail">What exactly, in our words (the setting and its new value, the session's title…); null when the action says it all.</param>
/// <param name="Reason">The reason the moderator typed, if any.</param>
public sealed record AuditEntry(
    string Platform,
    string SpaceId,
    DateTimeOffset At,
    AuditAction Action,
    UserRef? By,
    UserRef? Subject = null,
    string? Detail = null,
    string? Reason = null);
