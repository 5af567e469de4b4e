namespace WatchBot.Core.Features.Moderation.Audit;

/// <summary>What a moderator (or a person about themselves) did. Stored by name: add members, never rename them.</summary>
public enum AuditAction
{
    Kick,
    Ban,
    Unban,
    Lock,
    Unlock,
    EndByModerator,
    HostHandOver,
    SettingsChanged,
    ModeratorAdded,
    ModeratorRemoved,

    /// <summary>Someone used <c>/watch forget-me</c>: recorded without who.</summary>
    ForgetMe,
}
