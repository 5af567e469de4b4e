using WatchBot.Core.Views;

namespace WatchBot.Shell;

/// <summary>
/// What each card last said, as the terminal draws it. A terminal cannot edit a printed line, so when
/// a card changes the shell prints its headline and, indented below it, only the body lines that are
/// new since the card was last seen ("☕ 2 people asked for a break: bob, carol", a poll's row whose
/// votes changed): readable, and nothing repeated that the reader already has. A card seen for the
/// first time shows its headline alone (its facts are what the command just did).
/// </summary>
internal sealed class ShellCards
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<string>> _seen = new(StringComparer.Ordinal);

    /// <summary>Remembers <paramref name="card"/> drawn as <paramref name="drawn"/> (headline first); returns its body lines new since it was last seen.</summary>
    public IReadOnlyList<string> Seen(Card card, IReadOnlyList<string> drawn)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(drawn);
        var body = drawn.Skip(1).Where(l => l.Length > 0).ToList();
        lock (_gate)
        {
            var before = _seen.GetValueOrDefault(card.Key);
            _seen[card.Key] = new HashSet<string>(body, StringComparer.Ordinal);
            return before is null ? [] : [.. body.Where(l => !before.Contains(l))];
        }
    }
}
