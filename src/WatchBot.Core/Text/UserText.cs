using System.Globalization;
using System.Text;

namespace WatchBot.Core.Text;

/// <summary>
/// The platform-neutral cleaning of text people type (titles, notes). Each platform still escapes
/// for its own markup when rendering; this only removes what no platform should ever carry.
/// </summary>
public static class UserText
{
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>
    /// Control and format characters removed (newlines, bidi overrides that disguise text), runs of
    /// white space folded to one space, ends trimmed. The zero-width joiner stays: emoji use it.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var isJoiner = rune.Value == ZeroWidthJoiner;
            if (!isJoiner && category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Length as people count it: text elements (an emoji with modifiers is one).</summary>
    public static int VisibleLength(string text) => new StringInfo(text).LengthInTextElements;
}
