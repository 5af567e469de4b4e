using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Privacy;

/// <summary>
/// <c>/watch my-data</c> and <c>/watch forget-me</c> on every platform: anyone, about themselves, in
/// the space they type it in. Every answer is private; nothing is announced. Forget-me deletes only
/// with <c>confirm:yes</c>, and is refused while the person is in a live session (the coordinator
/// owns that session's row until it ends; afterwards the same command works).
/// </summary>
public sealed class PrivacyService(IPersonalData data, IBans bans, IAuditLog audit, TimeProvider time, ILogger<PrivacyService> logger) : ICommandHandler
{
    /// <summary>How far back my-data looks for audit entries naming the person.</summary>
    private const int AuditEntriesRead = 1000;

    private static readonly Refused Failed = new("Something went wrong on my side and nothing was changed. Please try again in a moment.", null);

    public IReadOnlyCollection<Type> CommandTypes { get; } = [typeof(MyDataCommand), typeof(ForgetMeCommand)];

    public async Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        try
        {
            Notice reply = request.Command is ForgetMeCommand forget
                ? await ForgetAsync(channel, request.Actor.User, forget.Confirmed, cancellationToken)
                : await DescribeAsync(channel, request.Actor.User, cancellationToken);
            return new CommandOutcome(reply, []);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.PrivacyFailed(logger, ex, request.Command.Name, channel.Platform, channel.SpaceId);
            return new CommandOutcome(Failed, []);
        }
    }

    private async Task<Notice> DescribeAsync(ChannelAddress channel, UserRef user, CancellationToken cancellationToken)
    {
        var stored = await data.DescribeAsync(channel.Platform, channel.SpaceId, user.Id, cancellationToken);
        var banned = await bans.FindAsync(channel.Platform, channel.SpaceId, user.Id, cancellationToken) is not null;
        var entries = await audit.LatestAsync(channel.Platform, channel.SpaceId, AuditEntriesRead, cancellationToken);
        var naming = entries.Count(e => e.By?.Key == user.Key || e.Subject?.Key == user.Key);
        return new MyDataShown(stored, banned, naming);
    }

    private async Task<Notice> ForgetAsync(ChannelAddress channel, UserRef user, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            return new ForgetMeAsked(await data.DescribeAsync(channel.Platform, channel.SpaceId, user.Id, cancellationToken));
        }

        var result = await data.ForgetAsync(channel.Platform, channel.SpaceId, user.Id, user.DisplayName, cancellationToken);
        if (result.LiveChannelId is not null)
        {
            return new Refused(
                "you are in a session that is under way here, so I can't forget you yet: your data in it is still in use. "
                + "Once it has ended, type the same command again.",
                "/watch forget-me confirm:yes");
        }

        if (!result.Forgotten.IsEmpty)
        {
            // The log says that it happened, never who: By stays null.
            await audit.AppendAsync(new AuditEntry(channel.Platform, channel.SpaceId, time.GetUtcNow(), AuditAction.ForgetMe, By: null), cancellationToken);
            Log.ForgetMeDone(logger, channel.Platform, channel.SpaceId);
        }

        return new ForgetMeDone(result.Forgotten);
    }
}
