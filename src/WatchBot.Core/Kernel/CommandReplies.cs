using WatchBot.Core.Grammar;
using WatchBot.Core.Views;

namespace WatchBot.Core.Kernel;

/// <summary>Answers any feature gives the sender: a refusal, input that is not a command, the help.</summary>
public static class CommandReplies
{
    /// <summary>
    /// "Sorry — reason Try: example". The reason may quote a title or a name, and the example echoes
    /// what was typed, so both are user text; the example is something to type (code).
    /// </summary>
    public static Reply Refused(string reason, string? suggestion) => new(suggestion is null
        ? ViewLine.Of($"Sorry — {reason}")
        : ViewLine.Of($"Sorry — {reason} Try: {new UserTextPart(suggestion, TextStyle.Code)}"));

    public static Reply Invalid(CommandError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Refused(error.Message, error.Example);
    }

    /// <summary>The help: a heading, then one line per command (our own words, from the catalog).</summary>
    public static Reply Help(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new Reply([ViewLine.Of(new TextPart("/watch", TextStyle.Strong), new TextPart(" commands:")), .. lines.Select(l => ViewLine.Of(new TextPart("• " + l)))]);
    }
}
