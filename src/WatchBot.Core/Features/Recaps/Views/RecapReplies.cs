using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Recaps.Views;

/// <summary>The answers to <c>/watch recap</c>.</summary>
public static class RecapReplies
{
    public static Reply NoneYet { get; } = new(
        ViewLine.Of($"📼 There is no recap in this channel yet: one is kept when a session here ends. {new TextPart("/watch status", TextStyle.Code)} shows what is on now."));

    /// <summary>The recap as it was posted, under a heading that says when its session ended.</summary>
    public static Reply Shown(RecapShown shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var kept = shown.Kept;
        var heading = ViewLine.Of($"📼 The last recap in this channel, from {new InstantPart(kept.EndedAt, InstantStyle.DateTime)}:");
        return new Reply(RecapView.Lines(new UserTextPart(kept.Title, TextStyle.Strong), kept.Recap, kept.By, [heading]));
    }
}
