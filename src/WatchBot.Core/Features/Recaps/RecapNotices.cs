using WatchBot.Core.Features.Recaps.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Recaps;

// The answers to /watch recap: for the asker only, never for the channel.

/// <summary>The channel's last recap, shown again.</summary>
public sealed record RecapShown(KeptRecap Kept) : Notice
{
    public override Reply ToReply() => RecapReplies.Shown(this);
}

/// <summary>No session has ended in this channel with a recap kept (or it was cleared by retention or forget-me).</summary>
public sealed record NoRecapYet : Notice
{
    public override Reply ToReply() => RecapReplies.NoneYet;
}
