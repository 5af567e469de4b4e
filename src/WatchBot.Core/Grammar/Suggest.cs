namespace WatchBot.Core.Grammar;

/// <summary>
/// "Did you mean …?" for mistyped names: the known names within a small edit distance (a swapped pair
/// of letters counts as one edit, so <c>strat</c> is one away from <c>start</c>), or the one name a
/// typed prefix can only mean (<c>sched</c>).
/// </summary>
public static class Suggest
{
    /// <summary>The closest of <paramref name="known"/> to <paramref name="typed"/>, best first; empty when none is close.</summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> known)
    {
        var word = typed.Trim().ToLowerInvariant();
        var names = known.ToList();
        if (word.Length == 0)
        {
            return [];
        }

        var prefixed = names.Where(n => word.Length >= 3 && n.StartsWith(word, StringComparison.OrdinalIgnoreCase)).ToList();
        if (prefixed.Count == 1)
        {
            return prefixed;
        }

        // Short words are close to everything: "in" is two edits from "at", which is no suggestion.
        var allowed = word.Length <= 3 ? 1 : 2;
        var scored = names
            .Select(n => (Name: n, Distance: Distance(word, n.ToLowerInvariant())))
            .Where(s => s.Distance <= allowed)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(s => s.Distance);
        return [.. scored.Where(s => s.Distance == best).Select(s => s.Name)];
    }

    /// <summary>"a or b" for one or two suggestions, "a, b or c" for more.</summary>
    public static string Either(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        // Names are short and the input is cut to 40 characters before it gets here; a longer word is no typo.
        if (Math.Abs(a.Length - b.Length) > 3 || a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
