using System.Collections.Immutable;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Spaces;

/// <summary>
/// <c>/watch settings</c>: shows the space's settings, or changes those given: the time zone (as
/// typed: the rules read it), who may do each action, the control threshold, the audit channel, and
/// whether the channel it is typed in is age-restricted. Handled by the engine's space settings
/// service, not the session rules: it changes the space, not a channel's sessions.
/// </summary>
public sealed record SettingsCommand(string? TimeZone) : WatchCommand
{
    /// <summary>What <c>timezone:</c> takes to go back to the configured default.</summary>
    public const string DefaultWord = "default";

    /// <summary>What <c>control-above:</c> and <c>audit-channel:</c> take to turn themselves off.</summary>
    public const string OffWord = "off";

    public override string Name => "settings";

    /// <summary>Who may do each action given (<c>start:mods</c>…); empty: none given.</summary>
    public ImmutableDictionary<SpaceAction, Audience> Permissions { get; init; } = ImmutableDictionary<SpaceAction, Audience>.Empty;

    /// <summary><c>control-above:</c>: null not given; a null value turns it off.</summary>
    public Change<int?>? ControlFallsAbove { get; init; }

    /// <summary><c>break-auto:</c>: null not given; a null value turns it off.</summary>
    public Change<Breaks.AutoBreak?>? AutoBreak { get; init; }

    /// <summary><c>audit-channel:</c>: null not given; a null value turns it off.</summary>
    public Change<string?>? AuditChannel { get; init; }

    /// <summary><c>age-restricted:on|off</c> for the channel typed in; null not given.</summary>
    public bool? AgeRestricted { get; init; }

    /// <summary>True when the command changes nothing: it asks to see the settings.</summary>
    public bool ShowsOnly => TimeZone is null && Permissions.IsEmpty && ControlFallsAbove is null && AutoBreak is null && AuditChannel is null && AgeRestricted is null;
}

/// <summary>A setting given in a command, whose value may be "none" (null), unlike a setting not given at all.</summary>
public sealed record Change<T>(T Value);
