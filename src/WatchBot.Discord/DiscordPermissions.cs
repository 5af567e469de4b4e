namespace WatchBot.Discord;

/// <summary>
/// The permission bits WatchBot asks for or reads (DD <c>topics/permissions.mdx</c>). Discord sends
/// permissions as decimal strings because bits pass 32 (Create Events is 1&lt;&lt;44).
/// </summary>
public static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;

    public const ulong ViewChannel = 1UL << 10;

    public const ulong SendMessages = 1UL << 11;

    public const ulong EmbedLinks = 1UL << 14;

    /// <summary>Post files: the recap's picture goes with the recap only where an interaction showed it granted.</summary>
    public const ulong AttachFiles = 1UL << 15;

    /// <summary>
    /// Create (and edit or delete its own) scheduled events. Since 2026-02-23 a bot needs it to create
    /// events; Manage Events alone no longer does (DD <c>change-log.mdx</c>, PROTOCOLS §5a).
    /// </summary>
    public const ulong CreateEvents = 1UL << 44;

    /// <summary>What the invite URL asks for: the README's permissions integer (17592186063872).</summary>
    public const ulong Invite = ViewChannel | SendMessages | EmbedLinks | CreateEvents;
}
