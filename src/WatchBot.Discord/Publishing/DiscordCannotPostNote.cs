using WatchBot.Core.Sessions;
using WatchBot.Core.Views;
using WatchBot.Discord.Rendering;
using WatchBot.Discord.Rest;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// "I can't post here", told to whoever ran the command through the interaction's follow-up webhook
/// (ephemeral), naming the permission the bot lacks as the server settings call it.
/// </summary>
internal sealed class DiscordCannotPostNote(IDiscordRestClient rest) : ICannotPostNote
{
    /// <summary>Discord's code for Missing Access: the bot cannot even see the channel.</summary>
    public const string MissingAccess = "50001";

    public async Task SendAsync(ChannelAddress channel, SendCause cause, SendResult refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (cause is not DiscordSendCause interaction)
        {
            return;
        }

        var note = DiscordMarkup.Reply(Words(refusal.Detail));
        await rest.SendAsync(DiscordRoute.FollowUp(interaction.ApplicationId, interaction.Token), note.ToJson(), cancellationToken);
    }

    /// <summary>What to tell: which permission to ask a server admin for.</summary>
    public static Reply Words(string? detail) => new(detail == MissingAccess
        ? ViewLine.Of(
            new TextPart("I can't post in this channel: I am missing the "),
            new TextPart("View Channel", TextStyle.Strong),
            new TextPart(" permission here. Ask a server admin to grant it (and Send Messages, Embed Links)."))
        : ViewLine.Of(
            new TextPart("I can't post in this channel: I am missing the "),
            new TextPart("Send Messages", TextStyle.Strong),
            new TextPart(" permission here (I also need View Channel and Embed Links). Ask a server admin to grant it.")));
}
