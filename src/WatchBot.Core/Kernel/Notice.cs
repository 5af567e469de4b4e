using WatchBot.Core.Views;

namespace WatchBot.Core.Kernel;

// Notices carry facts (instants, positions, the session value), never text; each notice says, once,
// what it shows (its views, built in its feature's Views/), and each platform's markup draws the parts.

/// <summary>Something WatchBot has to tell people. Platform-neutral: it turns itself into views.</summary>
public abstract record Notice
{
    /// <summary>What it shows in its channel: announcements, the card's new state; nothing for an answer meant for the sender only.</summary>
    public virtual ChannelView ToChannel() => ChannelView.Nothing;

    /// <summary>
    /// What the sender alone sees. A channel notice answers with what it announced (or the card's
    /// headline), so an adapter can tell the sender the same state when it cannot post in the channel.
    /// </summary>
    public virtual Reply? ToReply()
    {
        var view = ToChannel();
        if (view.Announcements.Count > 0)
        {
            return new Reply([.. view.Announcements.SelectMany(a => a.Lines)]);
        }

        return view.Card is { Lines.Count: > 0 } card ? new Reply(card.Lines[0]) : null;
    }
}
