using WatchBot.Core.Text;
using WatchBot.Core.Views;

namespace WatchBot.Discord.Rendering;

public static partial class DiscordMarkup
{
    /// <summary>Discord's limits on a message's components.</summary>
    public const int MaxButtonsPerRow = 5;

    public const int MaxRows = 5;

    public const int MaxCustomIdLength = 100;

    public const int MaxLabelLength = 80;

    /// <summary>Discord's limits on a String Select: options, and the length of each option's texts and of the placeholder.</summary>
    public const int MaxSelectOptions = 25;

    public const int MaxOptionTextLength = 100;

    public const int MaxPlaceholderLength = 150;

    /// <summary>
    /// A card's menu as a String Select. Like a button's, its <c>custom_id</c> is the view's id as it is
    /// (an id Discord would refuse is a bug, refused here); texts are cut to Discord's limits and at most
    /// 25 options are drawn (the view offers no more). A menu with no options is not drawn: Discord refuses one.
    /// </summary>
    public static DiscordSelect? Select(ViewChoice? choice)
    {
        if (choice is null || choice.Options.Count == 0)
        {
            return null;
        }

        if (choice.Id.Length is 0 or > MaxCustomIdLength)
        {
            throw new ArgumentException($"A menu id must be 1 to {MaxCustomIdLength} characters to be a Discord custom_id (was {choice.Id.Length}).", nameof(choice));
        }

        var options = choice.Options
            .Take(MaxSelectOptions)
            .Select(o => new DiscordSelectOption(
                DiscordSelect.Cut(UserText.Clean(o.Label), MaxOptionTextLength),
                o.Value.Length <= MaxOptionTextLength ? o.Value : throw new ArgumentException("A menu option's value must fit Discord's 100 characters.", nameof(choice)),
                o.Description is { } d ? DiscordSelect.Cut(UserText.Clean(d), MaxOptionTextLength) : null))
            .ToList();
        return new DiscordSelect(choice.Id, DiscordSelect.Cut(choice.Placeholder, MaxPlaceholderLength), options, choice.Disabled);
    }

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
