namespace WatchBot.Core.Features.Spaces;

/// <summary>
/// What moderators set for a whole space (Discord server, Slack workspace, the shell): one value,
/// saved whole. Null members mean "not set: use the configured default".
/// </summary>
public sealed record SpaceSettings
{
    /// <summary>A space that set nothing.</summary>
    public static readonly SpaceSettings None = new();

    /// <summary>The IANA time zone (<c>Europe/Paris</c>) times typed in this space are read in.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The stored version this value was read at (0: never stored).</summary>
    public long Version { get; init; }
}
