using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Moderation;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Standing;

/// <summary>
/// Who someone is here, for every platform: a moderator (the platform says so, through
/// <see cref="IPlatformModerators.BuiltInReason"/>, or a moderator added them with <c>/watch mod add</c>),
/// an administrator (the platform says so, or <c>Moderation:Administrators</c> lists them; an administrator
/// also moderates), banned (<see cref="IBans"/>), or a session's host. Adapters pass only their platform's facts and get
/// the <see cref="Actor"/> the rules see, so no adapter decides standing itself.
/// </summary>
public sealed class StandingService(ISpaceModerators stored, IBans bans, IOptions<ModerationOptions> options, ILogger<StandingService> logger)
{
    /// <summary>The sender <paramref name="user"/> in <paramref name="channel"/>, with their standing.</summary>
    /// <param name="channel">Where they spoke: the space moderators and bans are kept for.</param>
    /// <param name="user">Who spoke.</param>
    /// <param name="platform">What the platform itself says (configuration, permissions, roles, shell switches).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<Actor> ForAsync(ChannelAddress channel, UserRef user, IPlatformModerators platform, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(platform);
        // Standing is kept per platform: someone from another platform is neither a moderator nor banned here,
        // even if their id happens to match someone's on this one.
        if (user.Platform != channel.Platform)
        {
            return new Actor(user, IsModerator: false);
        }

        var isAdministrator = IsAdministrator(channel.Platform, user.Id, platform);
        var isModerator = isAdministrator || platform.BuiltInReason(user.Id) is not null;
        BanRecord? ban = null;
        try
        {
            isModerator = isModerator || await stored.IsModeratorAsync(channel.Platform, channel.SpaceId, user.Id, cancellationToken);
            ban = await bans.FindAsync(channel.Platform, channel.SpaceId, user.Id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The stored lists are a bonus; without them the sender is simply a member.
            Log.StandingUnreadable(logger, ex, channel.Platform, channel.SpaceId);
        }

        return new Actor(user, isModerator, ban is not null) { IsAdministrator = isAdministrator, BannedUntil = ban?.Until };
    }

    /// <summary>
    /// Whether <paramref name="userId"/> moderates in <paramref name="channel"/>'s space, for rules about a
    /// target (ban): configured or a platform permission or role (on Discord, the member the command's user
    /// option resolved), an administrator, or added with <c>/watch mod add</c>.
    /// </summary>
    public async Task<bool> ModeratesAsync(ChannelAddress channel, string userId, IPlatformModerators platform, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(platform);
        return IsAdministrator(channel.Platform, userId, platform)
            || platform.BuiltInReason(userId) is not null
            || await stored.IsModeratorAsync(channel.Platform, channel.SpaceId, userId, cancellationToken);
    }

    private bool IsAdministrator(string platformName, string userId, IPlatformModerators platform) =>
        platform.IsAdministrator(userId) || options.Value.IsAdministrator(platformName, userId);

    /// <summary>Whether <paramref name="user"/> hosts <paramref name="session"/>: the same person, platform included.</summary>
    public static bool IsHost(WatchSession session, UserKey user)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Host.Key == user;
    }
}
