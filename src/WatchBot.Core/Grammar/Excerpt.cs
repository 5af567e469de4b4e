namespace WatchBot.Core.Grammar;

/// <summary>What an error quotes of the typed input: at most 40 characters, so a pasted essay stays one line.</summary>
internal static class Excerpt
{
    public static string Of(string text)
    {
        if (text.Length <= 40)
        {
            return text;
        }

        // Never cut between the halves of a surrogate pair: a lone surrogate cannot be sent anywhere.
        var cut = char.IsHighSurrogate(text[38]) ? 38 : 39;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
