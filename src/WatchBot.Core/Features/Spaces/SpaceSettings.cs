using System.Collections.Immutable;

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

    /// <summary>Who may do each action in this space; an action not listed keeps its built-in default.</summary>
    public ImmutableDictionary<SpaceAction, Audience> Permissions { get; init; } = ImmutableDictionary<SpaceAction, Audience>.Empty;

    /// <summary>Above this many participants, playback control falls to the host and moderators; null: never.</summary>
    public int? ControlFallsAbove { get; init; }

    /// <summary>A channel where every audit entry is also posted (mentions off); null: none.</summary>
    public string? AuditChannelId { get; init; }

    /// <summary>Channels moderators marked age-restricted (Slack, the shell; Discord asks the channel's own flag).</summary>
    public ImmutableHashSet<string> AgeRestrictedChannels { get; init; } = [];

    /// <summary>How many asks for a break pause a session by themselves (<c>break-auto:</c>); null: never.</summary>
    public Breaks.AutoBreak? AutoBreak { get; init; }

    /// <summary>The stored version this value was read at (0: never stored).</summary>
    public long Version { get; init; }
}
