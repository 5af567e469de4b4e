using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;

namespace WatchBot.Shell;

/// <summary>
/// The shell's channel: what the bot says in the local channel appears in the terminal. A terminal
/// cannot edit what it printed, so it prints announcements, and the card's headline only when an
/// outcome announces nothing (a countdown, a ready, a booking). Ahead and withdrawn announcements
/// mean nothing here: the GO is printed when it comes.
/// </summary>
internal sealed class ShellPublisher(ShellOutput output, ShellMarkup markup) : IChannelPublisher
{
    public string Platform => ShellPlatform.Name;

    public Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken)
    {
        if (view.Announcements.Count > 0)
        {
            output.Say(markup.Draw(view.Announcements.SelectMany(a => a.Lines)));
        }
        else if (view.Card is { Lines.Count: > 0 } card)
        {
            output.Say(markup.Draw(card.Lines[0]));
        }

        return Task.CompletedTask;
    }
}
