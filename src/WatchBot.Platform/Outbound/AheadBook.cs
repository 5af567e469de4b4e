using Microsoft.Extensions.Logging;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// Announcements arranged ahead with the platform (<see cref="IAheadPoster"/>), their handles kept in
/// <see cref="IPlatformLinks"/> under <c>ahead:{key}</c>. Exactly one copy must appear: whoever first
/// claims it wins. When the announcement itself comes, the kit tries to cancel the arranged copy:
/// cancelled, so ours is posted; not cancellable, so the platform's copy was the one and ours is not.
/// </summary>
internal sealed class AheadBook(IAheadPoster? poster, IPlatformLinks links, TimeProvider time, string platform, ILogger logger)
{
    public static string LinkKey(string key) => "ahead:" + key;

    public async Task<SendResult> ArrangeAsync(ChannelAddress channel, AnnouncementAhead ahead, CancellationToken cancellationToken)
    {
        if (poster is null)
        {
            return SendResult.Sent();
        }

        if (ahead.Announcement.Key is not { } key)
        {
            Log.AheadWithoutKey(logger, platform);
            return SendResult.Failed("no_key");
        }

        // Its instant came while it waited in the queue: the announcement itself will be posted.
        if (ahead.At <= time.GetUtcNow())
        {
            Log.AheadClaimed(logger, platform, key, "not arranged: its instant has passed");
            return SendResult.Sent();
        }

        // Arranged again (a booking moved): the older copy must not appear as well.
        await WithdrawAsync(channel, key, cancellationToken);
        var arranged = await poster.ArrangeAsync(channel, ahead, cancellationToken);
        if (arranged.IsSent && arranged.MessageId is { } handle)
        {
            await links.SetAsync(platform, LinkKey(key), handle, cancellationToken);
        }

        return arranged;
    }

    /// <summary>True when the arranged copy of <paramref name="key"/> already went out, so ours must not.</summary>
    public async Task<bool> ClaimAsync(ChannelAddress channel, string key, CancellationToken cancellationToken)
    {
        if (await links.GetAsync(platform, LinkKey(key), cancellationToken) is not { } handle)
        {
            return false;
        }

        var cancelled = poster is null || await poster.CancelAsync(channel, handle, cancellationToken);
        await links.DeleteAsync(platform, LinkKey(key), cancellationToken);
        Log.AheadClaimed(logger, platform, key, cancelled ? "cancelled; ours is posted" : "already out; ours is skipped");
        return !cancelled;
    }

    public async Task WithdrawAsync(ChannelAddress channel, string key, CancellationToken cancellationToken)
    {
        if (await links.GetAsync(platform, LinkKey(key), cancellationToken) is not { } handle)
        {
            return;
        }

        if (poster is not null)
        {
            await poster.CancelAsync(channel, handle, cancellationToken);
        }

        await links.DeleteAsync(platform, LinkKey(key), cancellationToken);
        Log.AheadClaimed(logger, platform, key, "withdrawn");
    }
}
