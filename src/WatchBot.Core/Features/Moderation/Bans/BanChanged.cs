using WatchBot.Core.Features.Moderation.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Moderation.Bans;

/// <summary>
/// <c>/watch ban</c> or <c>unban</c> done, for the moderator only (a ban is never announced).
/// <paramref name="AlreadySo"/> on unban: they were not banned. <paramref name="Until"/> null: until unbanned.
/// </summary>
public sealed record BanChanged(string UserId, bool Banned, bool AlreadySo, DateTimeOffset? Until, string? Reason) : Notice
{
    public override Reply ToReply() => BanReplies.Changed(this);
}
