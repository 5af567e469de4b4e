using System.Globalization;
using WatchBot.Core.Views;

namespace WatchBot.Platform.Tests.Support;

/// <summary>A test's markup: views as plain text, so assertions read what a person would.</summary>
public static class Plain
{
    public static string Of(IEnumerable<ViewLine> lines) => string.Join("\n", lines.Select(Of));

    public static string Of(ViewLine line) => string.Concat(line.Parts.Select(part => part switch
    {
        TextPart t => t.Value,
        UserTextPart u => u.Value,
        PersonPart p => p.User.DisplayName,
        MentionPart m => "@" + m.User.DisplayName,
        InstantPart i => i.At.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        PositionPart p => p.At.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture),
        EmojiPart e => e.Value,
        LinkPart l => l.Url.AbsoluteUri,
        _ => "?",
    }));

    public static Announcement Say(string text) => new(ViewLine.Of(new TextPart(text)));

    public static Card Card(string key, string text) => new(key, [ViewLine.Of(new TextPart(text))], []);
}
