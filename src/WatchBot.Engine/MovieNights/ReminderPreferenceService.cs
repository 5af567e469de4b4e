using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.MovieNights;

/// <summary>
/// <c>/watch reminders off|on</c> on every platform: anyone, for themselves, in the whole space. It
/// changes no session, so it is not a channel rule: the answer is private and nothing is announced.
/// </summary>
public sealed class ReminderPreferenceService(IReminderOptOuts optOuts, TimeProvider time, ILogger<ReminderPreferenceService> logger) : ICommandHandler
{
    private static readonly Refused Failed = new("Something went wrong on my side and nothing was changed. Please try again in a moment.", null);

    /// <summary>The reminder preference's registration with the dispatcher.</summary>
    public IReadOnlyCollection<Type> CommandTypes { get; } = [typeof(RemindersCommand)];

    public async Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var command = (RemindersCommand)request.Command;
        var channel = request.Channel;
        try
        {
            var changed = await optOuts.SetAsync(channel.Platform, channel.SpaceId, request.Actor.User.Id, optedOut: !command.On, time.GetUtcNow(), cancellationToken);
            if (changed)
            {
                Log.ReminderPreferenceChanged(logger, command.On ? "on" : "off", channel.Platform, channel.SpaceId);
            }

            return new CommandOutcome(new RemindersToggled(command.On, AlreadySo: !changed), []);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ReminderPreferenceFailed(logger, ex, channel.Platform, channel.SpaceId);
            return new CommandOutcome(Failed, []);
        }
    }
}
