namespace WatchBot.Core.Text.Times;

/// <summary>
/// Splits a typed time into words: spaces and commas separate (<c>fri, dec 5, 8pm</c>), and an ISO
/// <c>2026-12-05T20:00Z</c> splits at its <c>T</c> into a date and a time, as if typed with a space.
/// </summary>
internal static class PhraseTokenizer
{
    public static List<PhraseToken> Split(string text)
    {
        var tokens = new List<PhraseToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (IsSeparator(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !IsSeparator(text[i]))
            {
                i++;
            }

            var word = text[start..i].ToLowerInvariant();
            if (word.Length > 11 && word[10] == 't' && IsIsoDate(word[..10]))
            {
                tokens.Add(new PhraseToken(word[..10], start, 10));
                tokens.Add(new PhraseToken(word[11..], start + 11, i - start - 11));
            }
            else
            {
                tokens.Add(new PhraseToken(word, start, i - start));
            }
        }

        return tokens;
    }

    /// <summary>The shape of <c>2026-12-05</c> (whether the date exists is checked later).</summary>
    public static bool IsIsoDate(string word) =>
        word.Length == 10 && word[4] == '-' && word[7] == '-'
        && word.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit);

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c == ',';
}
