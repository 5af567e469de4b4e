using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;

namespace WatchBot.Shell;

/// <summary>
/// The shell's channel: what the bot says in the local channel appears in the terminal. A terminal
/// cannot edit what it printed, so it prints announcements, and the card only when an outcome
/// announces nothing (a countdown, a ready, a booking, an ask for a break): its headline, then, indented,
/// the card's lines that changed since it was last seen (<see cref="ShellCards"/>). Ahead and withdrawn announcements
/// mean nothing here: the GO is printed when it comes. An announcement's picture is written to a
/// file whose path follows it (<see cref="ShellPictures"/>).
/// </summary>
internal sealed class ShellPublisher(ShellOutput output, ShellMarkup markup, ShellPictures? pictures = null) : IChannelPublisher
{
    private readonly ShellCards _cards = new();

    public string Platform => ShellPlatform.Name;

    public async Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken)
    {
        // Every card is remembered as shown, printed or not, so the next change prints only what is new.
        var fresh = view.Card is { Lines.Count: > 0 } seen ? _cards.Seen(seen, [.. seen.Lines.Select(markup.Draw)]) : [];
        if (view.Announcements.Count > 0)
        {
            output.Say(markup.Draw(view.Announcements.SelectMany(a => a.Lines)));
            foreach (var picture in view.Announcements.Select(a => a.Picture).OfType<Picture>())
            {
                if (pictures is not null && await pictures.WriteAsync(picture, cancellationToken).ConfigureAwait(false) is { } path)
                {
                    output.Say($"  picture: {path}");
                }
            }
        }
        else if (view.Card is { Lines.Count: > 0 } card)
        {
            output.Say(string.Join(Environment.NewLine, [markup.Draw(card.Lines[0]), .. fresh.Select(l => "  " + l)]));
        }
    }
}
