using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Spaces;

/// <summary>
/// <c>/watch settings</c> on every platform: loads the space's settings, lets
/// <see cref="SpaceSettingsRules"/> decide, saves what changed at the version it read, and answers
/// the sender alone. The coordinator reads the settings afresh for every command, so the next
/// booking is read in the new zone with nothing to invalidate.
/// </summary>
public sealed class SpaceSettingsService(
    ISpaceSettingsStore store,
    AuditRecorder audit,
    TimeProvider time,
    IOptions<SessionRulesOptions> options,
    ILogger<SpaceSettingsService> logger) : ICommandHandler
{
    /// <summary>Two moderators saving at once: the loser decides again on what the winner saved.</summary>
    private const int MaxAttempts = 3;

    private static readonly Refused Failed = new("Something went wrong on my side and nothing was changed. Please try again in a moment.", null);

    /// <summary>The space settings feature's registration with the dispatcher.</summary>
    public IReadOnlyCollection<Type> CommandTypes { get; } = [typeof(SettingsCommand)];

    public async Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await HandleAsync(request.Channel, request.Actor, (SettingsCommand)request.Command, request.Platform.WhoModerates, cancellationToken);
        return new CommandOutcome(reply, []);
    }

    public async Task<Notice> HandleAsync(ChannelAddress channel, Actor actor, SettingsCommand command, string whoModerates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        try
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                var settings = await store.GetAsync(channel.Platform, channel.SpaceId, cancellationToken);
                var decision = SpaceSettingsRules.Decide(settings, actor, command, options.Value.DefaultTimeZone, whoModerates, channel.ChannelId);
                if (decision.Next is not { } next)
                {
                    return decision.Reply;
                }

                try
                {
                    await store.SaveAsync(channel.Platform, channel.SpaceId, next, cancellationToken);
                    Log.SpaceSettingsChanged(logger, channel.Platform, channel.SpaceId, next.TimeZone ?? "(default)");
                    await AuditAsync(channel, actor, decision.Changes, cancellationToken);
                    return decision.Reply;
                }
                catch (AggregateVersionConflictException)
                {
                    Log.SpaceSettingsConflict(logger, channel.Platform, channel.SpaceId, attempt);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SpaceSettingsFailed(logger, ex, channel.Platform, channel.SpaceId);
        }

        return Failed;
    }

    /// <summary>One entry per setting changed, after the save (a failed save records nothing), each also posted to the audit channel.</summary>
    private async Task AuditAsync(ChannelAddress channel, Actor actor, IReadOnlyList<string> changes, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        await audit.RecordAsync(
            [.. changes.Select(change => new AuditEntry(channel.Platform, channel.SpaceId, at, AuditAction.SettingsChanged, actor.User, Detail: change))],
            cancellationToken);
    }
}
