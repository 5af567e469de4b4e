using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Moderation.Audit;

/// <summary><c>/watch audit</c> on every platform: the space's latest entries, newest first, to a moderator alone.</summary>
public sealed class AuditService(IAuditLog log, ILogger<AuditService> logger) : ICommandHandler
{
    /// <summary>How many entries <c>/watch audit</c> shows.</summary>
    public const int Shown = 20;

    private static readonly Refused Failed = new("Something went wrong on my side and I could not read the audit log. Please try again in a moment.", null);

    /// <summary>The audit log's registration with the dispatcher.</summary>
    public IReadOnlyCollection<Type> CommandTypes { get; } = [typeof(AuditCommand)];

    public async Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await HandleAsync(request.Channel, request.Actor, request.Platform.WhoModerates, cancellationToken);
        return new CommandOutcome(reply, []);
    }

    public async Task<Notice> HandleAsync(ChannelAddress channel, Actor actor, string whoModerates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsModerator)
        {
            return new Refused($"only a moderator can see the audit log. Moderators here are {whoModerates}; ask one of them.", null);
        }

        try
        {
            return new AuditListed(await log.LatestAsync(channel.Platform, channel.SpaceId, Shown, cancellationToken), Shown);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AuditReadFailed(logger, ex, channel.Platform, channel.SpaceId);
            return Failed;
        }
    }
}
