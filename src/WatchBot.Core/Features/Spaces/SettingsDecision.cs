using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Spaces;

/// <summary>
/// What <see cref="SpaceSettingsRules"/> decided: the settings to save (null: nothing changes), the
/// answer to the sender, and one line per setting changed (each becomes one audit entry).
/// </summary>
public sealed record SettingsDecision(SpaceSettings? Next, Notice Reply)
{
    public IReadOnlyList<string> Changes { get; init; } = [];
}
