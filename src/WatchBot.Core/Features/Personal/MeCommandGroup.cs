using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Personal;

/// <summary>
/// <c>/watch me …</c> on Discord: the commands about yourself alone (what is stored, forget-me,
/// reminders), grouped so the whole of <c>/watch</c> fits Discord's 25 sub-commands.
/// </summary>
internal sealed class MeCommandGroup : ICommandGroupDeclaration
{
    public CommandGroup Group { get; } = new("me", "About you: what WatchBot stores, forget-me, your reminders");
}
