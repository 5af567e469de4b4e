namespace WatchBot.Core.Views;

/// <summary>
/// Something a reader can press on a card. <paramref name="Id"/> is what comes back when it is
/// pressed (the feature's own key, e.g. <c>pause:{session}</c>); it carries ids only, never text.
/// </summary>
/// <param name="Id">Returned on press; at most 100 characters (Discord's custom_id limit).</param>
/// <param name="Label">Our words on the button, or null for an emoji-only button.</param>
/// <param name="Style">How it looks.</param>
/// <param name="Emoji">An emoji on the button, or null.</param>
public sealed record ViewAction(string Id, string? Label, ActionStyle Style = ActionStyle.Secondary, string? Emoji = null);
