using WatchBot.Core.Commands;

namespace WatchBot.Core.Rules;

/// <summary>
/// The rules features registered, keyed by command type. Two rules for one type are a programming
/// error found when the table is built (at start-up), not a silent "last one wins".
/// </summary>
public sealed class CommandRules
{
    private readonly Dictionary<Type, ICommandRule> _byType = [];

    public CommandRules(IEnumerable<ICommandRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            if (!_byType.TryAdd(rule.CommandType, rule))
            {
                throw new ArgumentException($"Two rules decide {rule.CommandType.Name}; a command type has exactly one.", nameof(rules));
            }
        }
    }

    /// <summary>The command types this table decides.</summary>
    public IReadOnlyCollection<Type> CommandTypes => _byType.Keys;

    /// <summary>Decides <paramref name="command"/> by its registered rule; false when no rule knows its type.</summary>
    public bool TryDecide(CommandContext context, WatchCommand command, out Decision decision)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (_byType.TryGetValue(command.GetType(), out var rule))
        {
            decision = rule.Decide(context, command);
            return true;
        }

        decision = Decision.Nothing;
        return false;
    }
}
