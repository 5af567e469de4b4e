using System.Globalization;
using WatchBot.Core.Text;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>Small pieces every session view uses, so a title or a count reads the same everywhere.</summary>
internal static class SessionWords
{
    /// <summary>A title is user text, shown strong (bold, or quoted where there is no bold).</summary>
    public static UserTextPart Title(WatchSession session) => new(session.Title, TextStyle.Strong);

    /// <summary>A duration in our own short form (<c>1h30m</c>): words, not a media position.</summary>
    public static TextPart Duration(TimeSpan duration) => new(DurationText.Format(duration));

    /// <summary>"1 reaction", "3 reactions".</summary>
    public static TextPart Count(int count, string one, string many) =>
        new(count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many));

    public static TextPart Policy(ControlPolicy policy) => new(policy switch
    {
        ControlPolicy.HostOnly => "host only",
        ControlPolicy.Everyone => "everyone",
        _ => "host and moderators",
    });

    /// <summary>An emoji as recorded: people chose it, so every markup treats it as theirs.</summary>
    public static EmojiPart Emoji(string emoji) => new(emoji);

    /// <summary>Neighbouring plain words joined into one part, so a line built in pieces reads (and compares) as one written whole.</summary>
    public static ViewLine Merge(IReadOnlyList<ViewPart> parts)
    {
        var merged = new List<ViewPart>(parts.Count);
        foreach (var part in parts)
        {
            if (part is TextPart { Style: TextStyle.Plain } next && merged.Count > 0 && merged[^1] is TextPart { Style: TextStyle.Plain } last)
            {
                merged[^1] = new TextPart(last.Value + next.Value);
            }
            else
            {
                merged.Add(part);
            }
        }

        return new ViewLine(merged);
    }
}
