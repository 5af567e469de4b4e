using System.Globalization;
using WatchBot.Core.Text;
using WatchBot.Core.Views;

namespace WatchBot.Core.Tests.Views;

/// <summary>
/// A markup for tests: parts as plain text, instants as <c>[T 20:00:10]</c>, <c>[F …]</c>, <c>[R …]</c>
/// (UTC), so a test reads a view's wording without any platform's syntax.
/// </summary>
internal static class PlainText
{
    public static string Of(ViewLine line) => string.Concat(line.Parts.Select(Of));

    public static string Of(IEnumerable<ViewLine> lines) => string.Join("\n", lines.Select(Of));

    private static string Of(ViewPart part) => part switch
    {
        TextPart text => text.Value,
        UserTextPart user => user.Value,
        PersonPart person => person.User.DisplayName,
        MentionPart mention => "@" + mention.User.DisplayName,
        InstantPart { Style: InstantStyle.Time } instant => $"[T {instant.At.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}]",
        InstantPart { Style: InstantStyle.DateTime } instant => $"[F {instant.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}]",
        InstantPart instant => $"[R {instant.At.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}]",
        PositionPart position => PositionText.Format(position.At),
        EmojiPart emoji => emoji.Value,
        LinkPart link => link.Url.AbsoluteUri,
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };
}
