using WatchBot.Core.Text;
using WatchBot.Core.Views;

namespace WatchBot.Discord.Rendering;

/// <summary>
/// A temporary drawing of views as Discord messages, until Discord's own markup replaces it: parts as
/// escaped text (<see cref="DiscordText"/>), instants as Discord timestamps, a card's actions as
/// buttons. It knows nothing of sessions: a button's <c>custom_id</c> is the action's id as it is.
/// </summary>
internal static class DiscordViewBridge
{
    public static DiscordMessage Announcement(Announcement announcement) => new(Draw(announcement.Lines));

    /// <summary>A card: its lines and its action rows (an empty list removes the buttons).</summary>
    public static DiscordMessage Card(Card card) => new(
        Draw(card.Lines),
        [.. card.Actions.Select(row => (IReadOnlyList<DiscordButton>)[.. row.Select(Button)])]);

    public static string Draw(IEnumerable<ViewLine> lines) => string.Join("\n", lines.Select(Draw));

    public static string Draw(ViewLine line) => string.Concat(line.Parts.Select(Draw));

    private static string Draw(ViewPart part) => part switch
    {
        TextPart { Style: TextStyle.Strong } text => "**" + text.Value + "**",
        TextPart { Style: TextStyle.Code } text => "`" + DiscordText.Code(text.Value) + "`",
        TextPart text => text.Value,
        UserTextPart { Style: TextStyle.Strong } user => "**" + DiscordText.Escape(user.Value) + "**",
        UserTextPart { Style: TextStyle.Code } user => "`" + DiscordText.Code(user.Value) + "`",
        UserTextPart user => DiscordText.Escape(user.Value),
        PersonPart person => DiscordText.Escape(person.User.DisplayName),
        InstantPart instant => DiscordText.Timestamp(instant.At, instant.Style switch
        {
            InstantStyle.Time => 'T',
            InstantStyle.DateTime => 'F',
            _ => 'R',
        }),
        PositionPart position => PositionText.Format(position.At),

        // A server emoji's strict shape is checked again (the store may hold rows older than that check).
        EmojiPart emoji => EmojiText.IsDiscordCustom(emoji.Value) ? emoji.Value : DiscordText.Escape(emoji.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.GetType().Name, "A view part Discord cannot draw."),
    };

    private static DiscordButton Button(ViewAction action) => new(action.Id, action.Label, action.Style switch
    {
        ActionStyle.Primary => 1,
        ActionStyle.Success => 3,
        ActionStyle.Danger => 4,
        _ => 2,
    }, action.Emoji);
}
