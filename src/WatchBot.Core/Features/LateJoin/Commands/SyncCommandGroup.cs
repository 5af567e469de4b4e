using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.LateJoin.Commands;

/// <summary>
/// <c>/watch sync …</c> on Discord: getting your own player in step with the shared clock (join late,
/// check your player), grouped so the whole of <c>/watch</c> fits Discord's 25 sub-commands.
/// </summary>
internal sealed class SyncCommandGroup : ICommandGroupDeclaration
{
    public CommandGroup Group { get; } = new("sync", "Get in sync: join late, check your player");
}
