using System.Globalization;
using WatchBot.Core.Text;
using WatchBot.Core.Views;

namespace WatchBot.Shell;

/// <summary>
/// The shell's markup: view parts as terminal text. A terminal has no bold, no mentions and no time
/// zones of its readers, so instants are shown in the machine's zone (through the injected
/// <see cref="TimeProvider"/>), positions as H:MM:SS, a strong title in quotes, and text people typed
/// cleaned (<see cref="UserText.Clean"/>). It knows nothing of sessions or notices.
/// </summary>
internal sealed class ShellMarkup(TimeProvider time)
{
    /// <summary>Lines, one terminal line each.</summary>
    public string Draw(IEnumerable<ViewLine> lines) => string.Join(Environment.NewLine, lines.Select(Draw));

    public string Draw(ViewLine line) => string.Concat(line.Parts.Select(Draw));

    private string Draw(ViewPart part) => part switch
    {
        TextPart text => text.Value,
        UserTextPart { Style: TextStyle.Strong } strong => "\"" + UserText.Clean(strong.Value) + "\"",
        UserTextPart user => UserText.Clean(user.Value),
        PersonPart person => UserText.Clean(person.User.DisplayName),

        // A terminal notifies no one: a mention is the name, marked as one.
        MentionPart mention => "@" + UserText.Clean(mention.User.DisplayName),
        InstantPart { Style: InstantStyle.Time } instant => Local(instant.At).ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        InstantPart { Style: InstantStyle.DateTime } instant => DateAndTime(instant.At),
        InstantPart instant => Relative(instant.At),
        PositionPart position => PositionText.Format(position.At),
        LinkPart link => link.Url.AbsoluteUri,
        EmojiPart emoji => UserText.Clean(emoji.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.GetType().Name, "A view part the shell cannot draw."),
    };

    private DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, time.LocalTimeZone);

    // A booking names its day too: "Sun 2026-11-22 21:30:15 UTC".
    private string DateAndTime(DateTimeOffset instant)
    {
        var local = Local(instant);
        return local.ToString("ddd yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + ZoneName(local.Offset);
    }

    private string Relative(DateTimeOffset instant)
    {
        var left = instant - time.GetUtcNow();

        // Ahead rounds up ("in 3s" right after a 3-second countdown was accepted, never "in 2s"); past rounds down.
        return left >= TimeSpan.Zero
            ? "in " + DurationText.Format(TimeSpan.FromSeconds(Math.Ceiling(left.TotalSeconds)))
            : DurationText.Format(TimeSpan.FromSeconds(Math.Floor(-left.TotalSeconds))) + " ago";
    }

    private static string ZoneName(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC" : "UTC" + offset.ToString(offset < TimeSpan.Zero ? "\\-hh\\:mm" : "\\+hh\\:mm", CultureInfo.InvariantCulture);
}
