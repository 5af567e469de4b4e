using WatchBot.Core.Grammar;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>A scripted <c>/watch sub name:value…</c> line split the way a platform with structured options receives it.</summary>
public sealed record TypedLine(string SubCommand, IReadOnlyDictionary<string, string> Options)
{
    public static TypedLine Of(string line)
    {
        Assert.True(CommandTokenizer.TryTokenize(line, out var words, out var error), error);
        var rest = words.SkipWhile(w => w.StartsWith('/')).ToList();

        // A word without a name (`/watch rsvp going`) is the sub-command's positional option, as a
        // platform with structured options would send it under that option's name.
        var positional = CommandRegistry.Default.Find(rest[0])?.Positional;
        var options = rest.Skip(1)
            .Select(w => w.Contains(':', StringComparison.Ordinal) ? w.Split(':', 2) : [positional ?? w, w])
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return new TypedLine(rest[0], options);
    }

    /// <summary>The text after <c>/watch </c>, as Slack sends it.</summary>
    public static string Text(string line) => line.StartsWith("/watch ", StringComparison.Ordinal) ? line["/watch ".Length..] : line;
}
