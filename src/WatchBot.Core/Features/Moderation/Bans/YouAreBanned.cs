using WatchBot.Core.Features.Moderation.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Moderation.Bans;

/// <summary>
/// What a banned person sees instead of any WatchBot action in that space: to them only, never to
/// the channel. <paramref name="Until"/> null: until a moderator lifts it.
/// </summary>
public sealed record YouAreBanned(DateTimeOffset? Until) : Notice
{
    public override Reply ToReply() => BanReplies.Refused(this);
}
