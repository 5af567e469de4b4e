namespace WatchBot.Discord.Interactions;

/// <summary>Who sent an interaction: from <c>member.user</c> in a guild, <c>user</c> elsewhere.</summary>
/// <param name="UserId">The user's snowflake.</param>
/// <param name="DisplayName"><c>global_name</c>, else <c>username</c>.</param>
/// <param name="Permissions">The member's channel permissions bitset (guild only), 0 when absent.</param>
/// <param name="RoleIds">The member's roles (guild only).</param>
public sealed record InteractionMember(string UserId, string DisplayName, ulong Permissions, IReadOnlyList<string> RoleIds)
{
    /// <summary>MANAGE_GUILD ("Manage Server").</summary>
    public const ulong ManageGuild = 1UL << 5;

    /// <summary>MANAGE_EVENTS.</summary>
    public const ulong ManageEvents = 1UL << 33;

    /// <summary>ADMINISTRATOR implies everything.</summary>
    public const ulong Administrator = 1UL << 3;

    /// <summary>Discord's Administrator bit: above moderators, so may ban one.</summary>
    public bool IsAdministrator => (Permissions & Administrator) != 0;

    public bool CanManage => (Permissions & (ManageGuild | ManageEvents | Administrator)) != 0;
}
