namespace WatchBot.Core.Grammar;

/// <summary>
/// A feature's contribution to <c>/watch</c>: one class per sub-command, found by
/// <see cref="CommandRegistry.Discover"/>, so adding a sub-command is its declaration, its command
/// record and its rule, and nothing else.
/// </summary>
public interface ISubCommandDeclaration
{
    SubCommand SubCommand { get; }
}
