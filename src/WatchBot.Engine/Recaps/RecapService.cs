using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Recaps;

/// <summary>
/// <c>/watch recap</c>: the channel's last kept recap, answered to the asker alone (ephemeral on
/// Discord and Slack). Anyone may ask: it shows what was already posted in the channel.
/// </summary>
public sealed class RecapService(IRecaps recaps, ILogger<RecapService> logger) : ICommandHandler
{
    private static readonly Refused Failed = new("I couldn't read the last recap just now. Please try /watch recap again in a moment.", null);

    public IReadOnlyCollection<Type> CommandTypes { get; } = [typeof(RecapCommand)];

    public async Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var kept = await recaps.LastAsync(request.Channel, cancellationToken);
            return new CommandOutcome(kept is null ? new NoRecapYet() : new RecapShown(kept), []);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.RecapUnreadable(logger, ex, request.Channel.Platform, request.Channel.SpaceId);
            return new CommandOutcome(Failed, []);
        }
    }
}
