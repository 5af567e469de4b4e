using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Recaps.Views;

/// <summary>
/// How long a recap may grow so that every platform can draw it in one message: Discord's 2000
/// characters are the tightest (a Slack message's text takes 40,000; the shell has no limit). Lengths
/// are counted as the worst a markup can make them (every character of user text escaped, a
/// timestamp's full syntax), so a recap within the budget is never cut by a markup mid-word.
/// </summary>
public static class RecapBudget
{
    /// <summary>What a whole recap may take, counted by <see cref="Of(ViewLine)"/>.</summary>
    public const int MaxLength = 1900;

    /// <summary>The longest a note is shown in the timeline (visible characters); longer ones end in "…".</summary>
    public const int MaxNoteLength = 80;

    /// <summary>The most a line can take once drawn, plus its line break.</summary>
    public static int Of(ViewLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return 1 + line.Parts.Sum(part => part switch
        {
            TextPart text => text.Value.Length + (text.Style == TextStyle.Plain ? 0 : 4),
            UserTextPart typed => (2 * typed.Value.Length) + 4,
            PersonPart person => 2 * person.User.DisplayName.Length,
            MentionPart => 24,
            InstantPart => 22,
            PositionPart => 10,
            EmojiPart emoji => emoji.Value.Length,
            LinkPart link => link.Url.AbsoluteUri.Length,
            _ => 0,
        });
    }

    public static int Of(IEnumerable<ViewLine> lines) => lines.Sum(Of);
}
