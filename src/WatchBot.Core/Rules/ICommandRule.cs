using WatchBot.Core.Commands;

namespace WatchBot.Core.Rules;

/// <summary>
/// How one command type is decided. A feature registers one per command it owns; the table of them
/// (<see cref="CommandRules"/>) is what dispatches, so no central switch grows with every feature.
/// </summary>
public interface ICommandRule
{
    /// <summary>The exact command type this rule decides.</summary>
    Type CommandType { get; }

    /// <summary>Decides <paramref name="command"/>, which is of <see cref="CommandType"/>.</summary>
    Decision Decide(CommandContext context, WatchCommand command);
}
