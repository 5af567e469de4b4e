using System.Text;

namespace WatchBot.Core.Grammar;

/// <summary>
/// Splits a typed command into words. A word ends at white space outside quotes; quotes may start
/// anywhere in a word (<c>title:"The Matrix"</c>), and phone keyboards' curly quotes count too.
/// Inside quotes, <c>\"</c> is a literal quote.
/// </summary>
public static class CommandTokenizer
{
    public static bool TryTokenize(string input, out List<string> words, out string? error)
    {
        words = [];
        error = null;
        var current = new StringBuilder();
        var inWord = false;
        var closingQuote = '\0';

        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (closingQuote != '\0')
            {
                if (c == '\\' && i + 1 < input.Length && IsQuote(input[i + 1]))
                {
                    current.Append(input[++i]);
                }
                else if (c == closingQuote || (closingQuote == '”' && c == '"'))
                {
                    closingQuote = '\0';
                }
                else
                {
                    current.Append(c);
                }

                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }

                continue;
            }

            inWord = true;
            if (c is '"' or '“' or '”')
            {
                closingQuote = c == '"' ? '"' : '”';
            }
            else
            {
                current.Append(c);
            }
        }

        if (closingQuote != '\0')
        {
            error = "A quote was opened but never closed.";
            return false;
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return true;
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”';
}
