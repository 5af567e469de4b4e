namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary>
/// A command that may create an age-restricted session (<c>rated:18</c>): the engine finds out
/// whether the channel is age-restricted only for these, and only when <see cref="Adult"/> is set.
/// </summary>
public interface IRatedCommand
{
    /// <summary>Set by <c>rated:18</c> or <c>adult:yes</c>.</summary>
    bool Adult { get; }
}
