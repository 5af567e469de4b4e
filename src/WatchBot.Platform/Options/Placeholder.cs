namespace WatchBot.Platform.Options;

/// <summary>
/// Recognises a secret copied from an example instead of filled in (<c>&lt;your token&gt;</c>,
/// <c>xoxb-…</c>, <c>changeme</c>): starting with one would fail later, at the first call, with a
/// platform error far from the setting that caused it.
/// </summary>
internal static class Placeholder
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "changeme", "change-me", "change_me", "todo", "tbd", "placeholder", "your-token", "your_token",
        "your-token-here", "token-here", "secret-here", "replace-me", "xxx", "none", "null",
    };

    public static bool Is(string value, string? prefix)
    {
        var rest = prefix is not null && value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : value;
        return rest.Length == 0
            || rest.Any(c => c is '<' or '>' or '…' || char.IsWhiteSpace(c))
            || rest.Contains("...", StringComparison.Ordinal)
            || rest.All(c => c is 'x' or 'X' or '*' or '.' or '-')
            || Words.Contains(rest);
    }
}
