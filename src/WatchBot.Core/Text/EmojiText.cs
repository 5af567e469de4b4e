using System.Text;

namespace WatchBot.Core.Text;

/// <summary>
/// Decides whether a reaction is exactly one emoji: a Unicode emoji, a known <c>:shortcode:</c>, or
/// (where the platform has them) a Discord custom emoji. Words, several emoji, and emoji-looking
/// text that could hide other characters are not.
/// </summary>
/// <remarks>
/// The Unicode shapes accepted follow UTS #51: a pictograph (<see cref="EmojiRanges"/>) with at most
/// an emoji presentation selector (U+FE0F) and a skin-tone modifier, up to four of those joined by
/// zero-width joiners (families, couples); a flag of two regional indicators; a keycap; and the
/// three subdivision flags (England, Scotland, Wales). Other tag sequences are refused because
/// tag characters are invisible copies of ASCII: a shape that allowed any would carry hidden text.
/// </remarks>
public static class EmojiText
{
    /// <summary>The platform whose <c>&lt;:name:id&gt;</c> custom emoji mean something (Discord's platform name).</summary>
    public const string CustomEmojiPlatform = "discord";

    private const int ZeroWidthJoiner = 0x200D;
    private const int PresentationSelector = 0xFE0F;
    private const int CombiningKeycap = 0x20E3;

    // A kiss with two skin tones, the longest sequence accepted, is 15 UTF-16 units.
    private const int MaxLength = 32;
    private const int MaxJoinedParts = 4;

    private static readonly string[] SubdivisionFlags = [Subdivision("gbeng"), Subdivision("gbsct"), Subdivision("gbwls")];

    /// <summary>
    /// Reads <paramref name="text"/> as one emoji. On success <paramref name="emoji"/> is what to
    /// store: the emoji itself (a shortcode becomes the emoji it names), or the custom emoji markup.
    /// </summary>
    /// <param name="text">What the person typed, uncleaned: an accepted emoji holds no control characters.</param>
    /// <param name="allowDiscordCustom">Whether <c>&lt;:name:id&gt;</c> means something on this platform.</param>
    /// <param name="emoji">The emoji to store.</param>
    public static bool TryRead(string text, bool allowDiscordCustom, out string emoji)
    {
        emoji = "";
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > MaxLength * 2)
        {
            return false;
        }

        if (trimmed[0] == ':')
        {
            return TryShortcode(trimmed, out emoji);
        }

        if (trimmed[0] == '<')
        {
            if (allowDiscordCustom && IsDiscordCustom(trimmed))
            {
                emoji = trimmed;
                return true;
            }

            return false;
        }

        if (trimmed.Length <= MaxLength && IsUnicodeEmoji(trimmed))
        {
            emoji = trimmed;
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> is exactly one Unicode emoji (no shortcodes, no custom emoji).</summary>
    public static bool IsUnicodeEmoji(string text)
    {
        if (Array.IndexOf(SubdivisionFlags, text) >= 0)
        {
            return true;
        }

        var runes = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            runes.Add(rune.Value);
        }

        if (runes.Count == 2 && EmojiRanges.IsRegionalIndicator(runes[0]) && EmojiRanges.IsRegionalIndicator(runes[1]))
        {
            return true;
        }

        if (IsKeycap(runes))
        {
            return true;
        }

        // pictograph [FE0F] [skin tone] ( ZWJ pictograph [FE0F] [skin tone] ){0,3}
        var parts = 0;
        var i = 0;
        while (true)
        {
            if (i >= runes.Count || !EmojiRanges.IsPictographic(runes[i]))
            {
                return false;
            }

            i++;
            if (i < runes.Count && runes[i] == PresentationSelector)
            {
                i++;
            }

            if (i < runes.Count && EmojiRanges.IsSkinTone(runes[i]))
            {
                i++;
            }

            parts++;
            if (i == runes.Count)
            {
                return true;
            }

            if (runes[i] != ZeroWidthJoiner || parts == MaxJoinedParts)
            {
                return false;
            }

            i++;
        }
    }

    // "#️⃣", "1⃣": a digit, # or * is only an emoji with the keycap mark after it.
    private static bool IsKeycap(List<int> runes) =>
        runes.Count is 2 or 3
        && runes[0] is (>= '0' and <= '9') or '#' or '*'
        && runes[^1] == CombiningKeycap
        && (runes.Count == 2 || runes[1] == PresentationSelector);

    // ":joy:", and Slack's ":+1::skin-tone-3:".
    private static bool TryShortcode(string text, out string emoji)
    {
        emoji = "";
        if (text.Length < 3 || text[^1] != ':')
        {
            return false;
        }

        var names = text[1..^1].ToLowerInvariant().Split("::");
        if (names.Length > 2 || !EmojiShortcodes.ByName.TryGetValue(names[0], out var found))
        {
            return false;
        }

        var tone = "";
        if (names.Length == 2 && !EmojiShortcodes.TrySkinTone(names[1], out tone))
        {
            return false;
        }

        emoji = found + tone;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is exactly a Discord custom emoji, <c>&lt;:name:id&gt;</c> or
    /// <c>&lt;a:name:id&gt;</c> (animated): a name of 2–32 word characters and a snowflake. Nothing
    /// of that shape can mention, link or format, so a renderer may show it unescaped.
    /// </summary>
    public static bool IsDiscordCustom(string text)
    {
        if (text.Length < 7 || text[0] != '<' || text[^1] != '>')
        {
            return false;
        }

        var inner = text[1..^1];
        var parts = inner.Split(':');
        return parts.Length == 3
            && parts[0] is "" or "a"
            && parts[1].Length is >= 2 and <= 32 && parts[1].All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            && parts[2].Length is >= 1 and <= 20 && parts[2].All(char.IsAsciiDigit);
    }

    // A black flag, the region code spelled in tag letters, and the cancel tag.
    private static string Subdivision(string code)
    {
        var builder = new StringBuilder(char.ConvertFromUtf32(0x1F3F4));
        foreach (var letter in code)
        {
            builder.Append(char.ConvertFromUtf32(0xE0000 + letter));
        }

        return builder.Append(char.ConvertFromUtf32(0xE007F)).ToString();
    }
}
