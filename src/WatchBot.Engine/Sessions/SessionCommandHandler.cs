using WatchBot.Core.Features;
using WatchBot.Engine.Commands;

namespace WatchBot.Engine.Sessions;

/// <summary>The session feature's registration with the dispatcher: every command its rules decide goes to the coordinator.</summary>
public sealed class SessionCommandHandler(SessionCoordinator coordinator) : ICommandHandler
{
    public IReadOnlyCollection<Type> CommandTypes => ChannelRules.All.CommandTypes;

    public Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken) =>
        coordinator.HandleAsync(request.Channel, request.Actor, request.Command, cancellationToken, request.ChannelAgeRestricted);
}
