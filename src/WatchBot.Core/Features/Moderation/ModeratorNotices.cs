using WatchBot.Core.Features.Moderation.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Moderation;

// The moderation feature's notices, together: each says here what it shows.

/// <summary>
/// <c>/watch mod add|remove</c> done, or nothing to do (<paramref name="AlreadySo"/>: already a
/// moderator, or not one that was added). <paramref name="BuiltIn"/> says why someone already
/// moderates without being added (configuration, a permission, a role). Ids are shown as text, never as mentions.
/// </summary>
public sealed record ModeratorChanged(string UserId, bool Added, bool AlreadySo, string? BuiltIn) : Notice
{
    public override Reply ToReply() => ModeratorReplies.Changed(this);
}

/// <summary><c>/watch mod list</c>: configured ids, ids added with the command, and who else moderates, in words.</summary>
public sealed record ModeratorsListed(IReadOnlyList<string> Configured, IReadOnlyList<string> Added, string WhoModerates) : Notice
{
    public override Reply ToReply() => ModeratorReplies.Listed(this);
}
