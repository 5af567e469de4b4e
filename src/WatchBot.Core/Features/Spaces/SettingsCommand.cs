using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Spaces;

/// <summary>
/// <c>/watch settings</c>: shows the space's settings, or, with <paramref name="TimeZone"/>, sets the
/// space's time zone (as typed: the rules read it). Handled by the engine's space settings service,
/// not the session rules: it changes the space, not a channel's sessions.
/// </summary>
public sealed record SettingsCommand(string? TimeZone) : WatchCommand
{
    /// <summary>What <c>timezone:</c> takes to go back to the configured default.</summary>
    public const string DefaultWord = "default";

    public override string Name => "settings";
}
