using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Spaces;

/// <summary>What <see cref="SpaceSettingsRules"/> decided: the settings to save (null: nothing changes) and the answer to the sender.</summary>
public sealed record SettingsDecision(SpaceSettings? Next, Notice Reply);
