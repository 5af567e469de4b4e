namespace WatchBot.Core.Features.Recaps;

/// <summary>One emoji and how many times it was used.</summary>
public sealed record EmojiCount(string Emoji, int Count)
{
    /// <summary>Counts of <paramref name="emoji"/>, most used first, ties in ordinal order (stable across runs).</summary>
    public static IReadOnlyList<EmojiCount> Of(IEnumerable<string> emoji) =>
    [
        .. emoji.GroupBy(e => e, StringComparer.Ordinal)
            .Select(g => new EmojiCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Emoji, StringComparer.Ordinal),
    ];
}
