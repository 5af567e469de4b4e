namespace WatchBot.Http;

/// <summary>
/// Where an exception was thrown, as <c>Type.Method</c>, read from the first line of its stack trace:
/// <c>Exception.TargetSite</c> is reflection that a trimmed, Native AOT build may not support, while
/// the stack trace text is there in both builds.
/// </summary>
internal static class ThrowSite
{
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var line = (exception.StackTrace ?? string.Empty).AsSpan().TrimStart();
        if (!line.StartsWith("at ", StringComparison.Ordinal))
        {
            return "unknown";
        }

        line = line[3..];
        var end = line.IndexOfAny('(', '\n');
        var member = (end < 0 ? line : line[..end]).TrimEnd();

        // Namespace.Type.Method → Type.Method (the runtime prints an async method under its own name, not its state machine's).
        var method = member.LastIndexOf('.');
        var type = method > 0 ? member[..method].LastIndexOf('.') : -1;
        return member[(type + 1)..].ToString();
    }
}
