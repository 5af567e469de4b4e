namespace WatchBot.Core.Grammar;

/// <summary>A feature's <see cref="CommandGroup"/>, found by <see cref="CommandRegistry.Discover"/> like its sub-commands.</summary>
public interface ICommandGroupDeclaration
{
    CommandGroup Group { get; }
}
