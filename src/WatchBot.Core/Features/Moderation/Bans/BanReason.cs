using System.Globalization;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.Moderation.Bans;

/// <summary>A ban's reason as stored and shown: cleaned like all user text, capped, null when empty.</summary>
public static class BanReason
{
    /// <summary>Long enough for a sentence; the audit log is not a place for essays.</summary>
    public const int MaxLength = 200;

    public static string? Of(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var clean = UserText.Clean(typed);
        if (clean.Length == 0)
        {
            return null;
        }

        // Cut on a text element so an emoji or accented letter is never split in half.
        var info = new StringInfo(clean);
        return info.LengthInTextElements <= MaxLength ? clean : info.SubstringByTextElements(0, MaxLength - 1) + "…";
    }
}
