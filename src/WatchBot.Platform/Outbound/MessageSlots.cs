using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// A card is one message: posted once, then edited in place. Its platform id is kept in
/// <see cref="IPlatformLinks"/> under <c>card:{key}</c> on every platform, so a restart edits the
/// same message; one deleted by hand is posted again and the new id recorded.
/// </summary>
internal sealed class MessageSlots(IPlatformMessenger messenger, IPlatformLinks links)
{
    public static string LinkKey(string cardKey) => "card:" + cardKey;

    public async Task<SendResult> ShowAsync(ChannelAddress channel, Card card, CancellationToken cancellationToken)
    {
        var key = LinkKey(card.Key);
        if (await links.GetAsync(messenger.Platform, key, cancellationToken) is { } messageId)
        {
            var edited = await messenger.EditCardAsync(channel, messageId, card, cancellationToken);
            if (edited.Status != SendStatus.Gone)
            {
                return edited;
            }
        }

        var posted = await messenger.PostCardAsync(channel, card, cancellationToken);
        if (posted.IsSent && posted.MessageId is { } id)
        {
            await links.SetAsync(messenger.Platform, key, id, cancellationToken);
        }

        return posted;
    }
}
