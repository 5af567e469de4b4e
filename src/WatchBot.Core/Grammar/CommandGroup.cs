namespace WatchBot.Core.Grammar;

/// <summary>
/// A group of sub-commands with no command of its own (<c>me</c>: <c>my-data</c>, <c>forget-me</c>,
/// <c>reminders</c>), for Discord, which allows 25 sub-commands and groups per command: there a member
/// is <c>/watch me my-data</c>. Typed, <c>/watch my-data</c> and <c>/watch me my-data</c> both work.
/// Members name it in <see cref="SubCommand.Under"/>.
/// </summary>
/// <param name="Name">As typed (<c>me</c>).</param>
/// <param name="Summary">What its members are about, for Discord (at most 100 characters).</param>
public sealed record CommandGroup(string Name, string Summary);
