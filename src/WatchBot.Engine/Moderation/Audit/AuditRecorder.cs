using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Moderation.Audit;

/// <summary>
/// Records moderator actions after they took effect: appends each entry to the space's log and, when
/// the space names an audit channel, posts it there through the normal publishing path (a view that
/// names people, never mentions them). Neither failure undoes or fails the action: both are logged.
/// </summary>
public sealed class AuditRecorder(IAuditLog log, ISpaceSettingsStore spaces, NoticeRouter router, ILogger<AuditRecorder> logger)
{
    public async Task RecordAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            await AppendAsync(entry, cancellationToken);
        }

        // One read of the audit channel per space and batch (a settings change records an entry per
        // setting), after the appends: a change that sets the channel is posted to the new one.
        foreach (var space in entries.GroupBy(e => (e.Platform, e.SpaceId)))
        {
            if (await AuditChannelAsync(space.First(), cancellationToken) is { } channelId)
            {
                foreach (var entry in space)
                {
                    await PostAsync(entry, channelId, cancellationToken);
                }
            }
        }
    }

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => RecordAsync([entry], cancellationToken);

    private async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await log.AppendAsync(entry, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AuditAppendFailed(logger, ex, entry.Action.ToString(), entry.Platform, entry.SpaceId);
        }
    }

    private async Task<string?> AuditChannelAsync(AuditEntry first, CancellationToken cancellationToken)
    {
        try
        {
            var settings = await spaces.GetAsync(first.Platform, first.SpaceId, cancellationToken);
            return settings.AuditChannelId is { Length: > 0 } channelId ? channelId : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AuditPostFailed(logger, ex, first.Action.ToString(), first.Platform, first.SpaceId);
            return null;
        }
    }

    private async Task PostAsync(AuditEntry entry, string channelId, CancellationToken cancellationToken)
    {
        try
        {
            await router.TryPublishAsync(new ChannelAddress(entry.Platform, entry.SpaceId, channelId), new AuditPosted(entry), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AuditPostFailed(logger, ex, entry.Action.ToString(), entry.Platform, entry.SpaceId);
        }
    }
}
