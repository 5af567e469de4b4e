using WatchBot.Core.Views;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// Discord's own answers, the ones no feature gives (an interaction it cannot use): views like every
/// other reply, drawn by the markup, so examples are code and what was typed is user text.
/// </summary>
internal static class DiscordReplies
{
    public static Reply GuildOnly { get; } =
        Say("WatchBot works in server channels: use /watch in a channel of your server.");

    public static Reply OnlyWatch { get; } = Try("I only know /watch. Try ", "/watch help", ".");

    public static Reply UnknownButton { get; } = Try("I don't know that button. Try ", "/watch status", ".");

    public static Reply EndedButton { get; } =
        Try("That session has ended, so its buttons do nothing now. Try ", "/watch status", " to see what's on.");

    /// <summary>A menu pick that picked nothing (an empty <c>values</c>).</summary>
    public static Reply NothingPicked { get; } = Try("Nothing was picked, so nothing changed. Pick an option in the menu, or type ", "/watch vote n:1", ".");

    public static Reply UnknownKind { get; } = Say("I can't handle that kind of interaction.");

    /// <summary>"Done: /watch pause." for a command whose outcome says nothing more to its sender.</summary>
    public static Reply Done(string what) => new(ViewLine.Of($"Done: {what}."));

    public static Reply Say(string words) => new(ViewLine.Of(new TextPart(words)));

    private static Reply Try(string before, string command, string after) =>
        new(ViewLine.Of(new TextPart(before), new TextPart(command, TextStyle.Code), new TextPart(after)));
}
