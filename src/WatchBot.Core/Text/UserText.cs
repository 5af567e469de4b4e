using System.Globalization;
using System.Text;

namespace WatchBot.Core.Text;

/// <summary>
/// The platform-neutral cleaning of text people type (titles, notes, names, words echoed in errors).
/// Each platform's escape function calls it before its own markup escaping, so no text reaches any
/// platform without it; this only removes what no platform should ever carry.
/// </summary>
public static class UserText
{
    private const int ZeroWidthJoiner = 0x200D;
    private const int EmojiPresentationSelector = 0xFE0F;

    /// <summary>
    /// Control and format characters removed (newlines, bidi overrides and isolates that disguise text,
    /// zero-width spaces that hide a mention or a link from a reader), runs of white space folded to one
    /// space, ends trimmed, a lone surrogate replaced with U+FFFD. The zero-width joiner stays only where
    /// emoji use it: between two emoji (👨‍👩‍👧, 🏳️‍🌈).
    /// </summary>
    public static string Clean(string text)
    {
        // Most text is printable ASCII with single spaces between words: nothing to remove or fold, so
        // it is returned as it is, with no rune list, builder or copy (it is cleaned on every draw).
        if (IsAlreadyClean(text))
        {
            return text;
        }

        var runes = text.EnumerateRunes().ToList();
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        Rune? previous = null;
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var keep = rune.Value == ZeroWidthJoiner
                ? !pendingSpace && previous is { } before && EndsEmoji(before) && i + 1 < runes.Count && IsEmoji(runes[i + 1])
                : !IsInvisible(rune);
            if (!keep)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(rune.ToString());
            previous = rune;
        }

        return builder.ToString();
    }

    /// <summary>Printable ASCII, no space at either end, none doubled: what <see cref="Clean"/> would return unchanged.</summary>
    private static bool IsAlreadyClean(string text)
    {
        var previous = ' ';
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' || (c == ' ' && previous == ' '))
            {
                return false;
            }

            previous = c;
        }

        return previous != ' ' || text.Length == 0;
    }

    /// <summary>Length as people count it: text elements (an emoji with modifiers is one).</summary>
    public static int VisibleLength(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>The longest display name kept, in visible characters.</summary>
    public const int MaxNameLength = 80;

    /// <summary>
    /// A person's display name as every platform keeps it: <see cref="Clean"/>ed, cut to
    /// <see cref="MaxNameLength"/> visible characters (never inside an emoji or a surrogate pair), or
    /// <paramref name="fallback"/> (their id) when nothing visible is left.
    /// </summary>
    public static string DisplayName(string? name, string fallback)
    {
        var cleaned = Clean(name ?? string.Empty);
        if (cleaned.Length == 0)
        {
            return fallback;
        }

        var info = new StringInfo(cleaned);
        return info.LengthInTextElements <= MaxNameLength ? cleaned : info.SubstringByTextElements(0, MaxNameLength);
    }

    /// <summary>Characters that show nothing themselves but change how the text around them reads or is parsed.</summary>
    private static bool IsInvisible(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0; // Hangul fillers: letters that render as nothing.

    private static bool IsEmoji(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;

    // An emoji, or what may close one before a joiner: the emoji presentation selector or a skin tone.
    private static bool EndsEmoji(Rune rune) =>
        IsEmoji(rune) || rune.Value == EmojiPresentationSelector || rune.Value is >= 0x1F3FB and <= 0x1F3FF;
}
