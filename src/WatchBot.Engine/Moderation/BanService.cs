using System.Globalization;
using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Standing;

namespace WatchBot.Engine.Moderation;

/// <summary>
/// <c>/watch ban</c> and <c>/watch unban</c> on every platform: the rules (<see cref="BanRules"/>) decide,
/// <see cref="IBans"/> keeps the ban by platform id, and each change is recorded in the audit log (and its
/// channel). Every answer is for the moderator only; a ban is never announced in the channel, though
/// banning the host of this channel's live session hands the host role to the moderator (the channel
/// sees who hosts now, not why).
/// </summary>
public sealed class BanService(
    StandingService standing,
    IBans bans,
    AuditRecorder audit,
    ISessionStore sessions,
    SessionCoordinator coordinator,
    TimeProvider time,
    ILogger<BanService> logger) : ICommandHandler
{
    private static readonly Refused Failed = new("Something went wrong on my side and nothing was changed. Please try again in a moment.", null);

    public IReadOnlyCollection<Type> CommandTypes { get; } = [typeof(BanCommand), typeof(UnbanCommand)];

    public async Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var reply = request.Command is BanCommand ban
                ? await BanAsync(request, ban, cancellationToken)
                : await UnbanAsync(request, (UnbanCommand)request.Command, cancellationToken);
            return new CommandOutcome(reply, []);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            BanLog.Failed(logger, ex, request.Channel.Platform, request.Channel.SpaceId);
            return new CommandOutcome(Failed, []);
        }
    }

    private async Task<Notice> BanAsync(CommandRequest request, BanCommand command, CancellationToken cancellationToken)
    {
        var (channel, actor, platform) = (request.Channel, request.Actor, request.Platform);
        if (BanRules.MayModerate(actor, platform.WhoModerates) is { } notModerator)
        {
            return notModerator;
        }

        if (platform.ReadUserId(command.User) is not { } target)
        {
            return new Refused($"I can't tell who that is: name them with {platform.HowToName}.", "/watch ban user:@bob duration:7d");
        }

        var moderates = await standing.ModeratesAsync(channel, target, platform, cancellationToken);
        if (BanRules.MayBan(actor, target, moderates, platform.WhoModerates) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        DateTimeOffset? until = command.Length is { } length ? now + length : null;
        await bans.PutAsync(new BanRecord(channel.Platform, channel.SpaceId, target, until, command.Reason, actor.User.Id, now), cancellationToken);
        await audit.RecordAsync(
            new AuditEntry(channel.Platform, channel.SpaceId, now, AuditAction.Ban, actor.User, Subject(channel, target), Detail(until), command.Reason),
            cancellationToken);
        BanLog.Changed(logger, "banned", channel.Platform, channel.SpaceId);
        await TakeOverHostingAsync(channel, actor, target, cancellationToken);
        return new BanChanged(target, Banned: true, AlreadySo: false, until, command.Reason);
    }

    private async Task<Notice> UnbanAsync(CommandRequest request, UnbanCommand command, CancellationToken cancellationToken)
    {
        var (channel, actor, platform) = (request.Channel, request.Actor, request.Platform);
        if (BanRules.MayModerate(actor, platform.WhoModerates) is { } refused)
        {
            return refused;
        }

        if (platform.ReadUserId(command.User) is not { } target)
        {
            return new Refused($"I can't tell who that is: name them with {platform.HowToName}.", "/watch unban user:@bob");
        }

        if (!await bans.RemoveAsync(channel.Platform, channel.SpaceId, target, cancellationToken))
        {
            return new BanChanged(target, Banned: false, AlreadySo: true, null, null);
        }

        await audit.RecordAsync(
            new AuditEntry(channel.Platform, channel.SpaceId, time.GetUtcNow(), AuditAction.Unban, actor.User, Subject(channel, target)),
            cancellationToken);
        BanLog.Changed(logger, "unbanned", channel.Platform, channel.SpaceId);
        return new BanChanged(target, Banned: false, AlreadySo: false, null, null);
    }

    /// <summary>A banned host cannot run the session: the moderator who banned them takes over (audited as a hand-over).</summary>
    private async Task TakeOverHostingAsync(ChannelAddress channel, Actor moderator, string bannedId, CancellationToken cancellationToken)
    {
        if (await sessions.FindLiveAsync(channel, cancellationToken) is { } live && live.Host.Id == bannedId)
        {
            await coordinator.HandleAsync(channel, moderator, new HostCommand(moderator.User.Id) { Target = moderator }, cancellationToken);
        }
    }

    // Only the id is known for the person banned (their name is whatever the platform shows): the id is the name.
    private static UserRef Subject(ChannelAddress channel, string userId) => new(channel.Platform, userId, userId);

    private static string Detail(DateTimeOffset? until) =>
        until is { } end ? string.Create(CultureInfo.InvariantCulture, $"until {end.UtcDateTime:yyyy-MM-dd HH:mm} UTC") : "until unbanned";
}
