using WatchBot.Core.Views;

namespace WatchBot.Discord.Rendering;

public static partial class DiscordMarkup
{
    /// <summary>Discord's limits on a message's components.</summary>
    public const int MaxButtonsPerRow = 5;

    public const int MaxRows = 5;

    public const int MaxCustomIdLength = 100;

    public const int MaxLabelLength = 80;

    /// <summary>
    /// Action rows as button rows: a row longer than five continues on the next, empty rows are left
    /// out, and no more than five rows are drawn. No actions at all is an empty list, which removes the buttons.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<DiscordButton>> Rows(IReadOnlyList<IReadOnlyList<ViewAction>> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return [.. actions
            .SelectMany(row => row.Chunk(MaxButtonsPerRow))
            .Where(row => row.Length > 0)
            .Take(MaxRows)
            .Select(row => (IReadOnlyList<DiscordButton>)[.. row.Select(Button)])];
    }

    /// <summary>
    /// One button. Its <c>custom_id</c> is the action's id as it is: that is what comes back when it is
    /// pressed, so an id Discord would refuse (empty, over 100 characters) is a bug, refused here.
    /// </summary>
    public static DiscordButton Button(ViewAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Id.Length is 0 or > MaxCustomIdLength)
        {
            throw new ArgumentException($"An action id must be 1 to {MaxCustomIdLength} characters to be a Discord custom_id (was {action.Id.Length}).", nameof(action));
        }

        // Labels are plain text on Discord (no markdown), so they are only kept within its limit.
        var label = action.Label is { Length: > MaxLabelLength } wordy ? wordy[..(MaxLabelLength - 1)] + "…" : action.Label;
        return new DiscordButton(action.Id, label, Style(action.Style), action.Emoji);
    }

    /// <summary>Discord's button styles: 1 primary (blurple), 2 secondary (grey), 3 success (green), 4 danger (red).</summary>
    public static int Style(ActionStyle style) => style switch
    {
        ActionStyle.Primary => 1,
        ActionStyle.Success => 3,
        ActionStyle.Danger => 4,
        _ => 2,
    };
}
