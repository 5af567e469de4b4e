namespace WatchBot.Core.Grammar;

/// <summary>One value a <see cref="OptionKind.Choice"/> option accepts.</summary>
/// <param name="Value">The value as typed and as Discord sends it.</param>
/// <param name="Label">What people see: Discord's choice name, or the sub-command description of a verb.</param>
public sealed record OptionChoice(string Value, string Label)
{
    /// <summary>Other words that mean this value (<c>everyone</c> also as <c>all</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// When the choice is a verb (<see cref="SubCommand.GroupBy"/>): the options that go with it, each
    /// required with it (<c>mod add</c> needs <c>user:</c>; <c>mod list</c> takes nothing).
    /// </summary>
    public IReadOnlyList<string> Uses { get; init; } = [];

    /// <summary>When the choice is a verb: options that may go with it, not required (<c>poll open</c> takes <c>closes:</c>).</summary>
    public IReadOnlyList<string> MayUse { get; init; } = [];

    /// <summary>Whether <paramref name="typed"/> names this choice, its value or an alias, in any case.</summary>
    public bool Matches(string typed) =>
        string.Equals(typed, Value, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(alias => string.Equals(typed, alias, StringComparison.OrdinalIgnoreCase));
}
