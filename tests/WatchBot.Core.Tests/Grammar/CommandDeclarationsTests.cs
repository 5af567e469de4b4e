using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Grammar;

/// <summary>
/// The registry's explicit list of declarations (kept by a trimmed, Native AOT build) against the
/// assembly scan it replaced: the same sub-commands, in the same order, and the same groups.
/// </summary>
public sealed class CommandDeclarationsTests
{
    private static readonly CommandRegistry Scanned = CommandRegistry.Discover(typeof(CommandRegistry).Assembly);

    [Fact]
    public void TheListedDeclarations_AreEveryDeclarationInWatchBotCore()
    {
        Assert.True(Scanned.SubCommands.Count > 30, $"the scan found only {Scanned.SubCommands.Count} sub-commands");
        Assert.Equal(Scanned.SubCommands.Select(s => (s.Name, s.Under, s.Example)), CommandRegistry.Default.SubCommands.Select(s => (s.Name, s.Under, s.Example)));
        Assert.Equal(Scanned.Groups.Select(g => g.Name), CommandRegistry.Default.Groups.Select(g => g.Name));
    }
}
