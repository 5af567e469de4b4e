using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Commands;

/// <summary>
/// A feature's entry for the commands it owns. Each feature registers one in DI; the
/// <see cref="CommandDispatcher"/> routes by command type, so adding a feature adds a registration, not a case.
/// </summary>
public interface ICommandHandler
{
    /// <summary>The exact command types this handler owns.</summary>
    IReadOnlyCollection<Type> CommandTypes { get; }

    Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken);
}
