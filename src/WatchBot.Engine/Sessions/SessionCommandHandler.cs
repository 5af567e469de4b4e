using WatchBot.Core.Features;
using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Standing;

namespace WatchBot.Engine.Sessions;

/// <summary>
/// The session feature's registration with the dispatcher: every command its rules decide goes to the
/// coordinator. A command that names a person (<see cref="INamesPerson"/>) first learns who that is and
/// their standing here, through the platform and <see cref="StandingService"/>, so the rules stay pure.
/// </summary>
public sealed class SessionCommandHandler(SessionCoordinator coordinator, StandingService? standing = null) : ICommandHandler
{
    public IReadOnlyCollection<Type> CommandTypes => ChannelRules.All.CommandTypes;

    public async Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var command = request.Command;
        if (command is INamesPerson { Target: null } named)
        {
            if (request.Platform.ReadUserId(named.User) is not { } id)
            {
                return new CommandOutcome(new Refused($"I can't tell who that is: name them with {request.Platform.HowToName}.", $"/watch {command.Name} user:@bob"), []);
            }

            // The session shows the name it knows for them; the id stands in for someone it has never seen.
            var person = new UserRef(request.Channel.Platform, id, id);
            var target = standing is null
                ? new Actor(person, IsModerator: request.Platform.BuiltInReason(id) is not null)
                : await standing.ForAsync(request.Channel, person, request.Platform, cancellationToken);
            command = named.WithTarget(target);
        }

        return await coordinator.HandleAsync(request.Channel, request.Actor, command, cancellationToken, request.ChannelAgeRestricted, request.Committed);
    }
}
