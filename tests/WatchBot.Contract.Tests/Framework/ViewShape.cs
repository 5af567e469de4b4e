using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WatchBot.Core.Views;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// A view written out part by part, platform-free, so that two platforms' runs can be compared: each
/// part by its kind and content, instants as offsets from the test clock's start, and session ids
/// (random per run) replaced by their order of appearance.
/// </summary>
public static partial class ViewShape
{
    public static IReadOnlyList<string> Of(IEnumerable<ChannelView> views)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return [.. views.Select(v => SessionId().Replace(Describe(v), m => Number(ids, m.Value)))];
    }

    private static string Number(Dictionary<string, string> ids, string id)
    {
        if (!ids.TryGetValue(id, out var number))
        {
            number = "#" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            ids[id] = number;
        }

        return number;
    }

    private static string Describe(ChannelView view)
    {
        var text = new StringBuilder();
        foreach (var announcement in view.Announcements)
        {
            text.Append("announce[").Append(announcement.Key).Append('|').Append(announcement.BatchKey).Append("] ")
                .AppendJoin(" / ", announcement.Lines.Select(Describe)).AppendLine();
        }

        if (view.Card is { } card)
        {
            text.Append("card[").Append(card.Key).Append("] ").AppendJoin(" / ", card.Lines.Select(Describe))
                .Append(" actions ").AppendJoin(" / ", card.Actions.Select(r => string.Join(",", r))).AppendLine();
        }

        if (view.Ahead is { } ahead)
        {
            text.Append("ahead@").Append(Offset(ahead.At)).Append('[').Append(ahead.Announcement.Key).Append("] ")
                .AppendJoin(" / ", ahead.Announcement.Lines.Select(Describe)).AppendLine();
        }

        foreach (var key in view.Withdraw)
        {
            text.Append("withdraw ").AppendLine(key);
        }

        return text.ToString();
    }

    private static string Describe(ViewLine line) => string.Concat(line.Parts.Select(Describe));

    private static string Describe(ViewPart part) => part switch
    {
        TextPart text => $"{{text:{text.Style}:{text.Value}}}",
        UserTextPart user => $"{{user:{user.Style}:{user.Value}}}",
        PersonPart person => $"{{person:{person.User.DisplayName}}}",
        MentionPart mention => $"{{mention:{mention.User.DisplayName}}}",
        InstantPart instant => $"{{instant:{instant.Style}:{Offset(instant.At)}}}",
        PositionPart position => $"{{position:{position.At}}}",
        EmojiPart emoji => $"{{emoji:{emoji.Value}}}",
        LinkPart link => $"{{link:{link.Url.AbsoluteUri}}}",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.GetType().Name, "Not a view part the contract knows."),
    };

    private static string Offset(DateTimeOffset at) => "T+" + (at - WatchBot.Testing.TestTime.Start).ToString("c", CultureInfo.InvariantCulture);

    [GeneratedRegex("(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])")]
    private static partial Regex SessionId();
}
