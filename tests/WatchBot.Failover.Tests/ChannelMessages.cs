using WatchBot.Emulators.Discord;

namespace WatchBot.Failover.Tests;

/// <summary>Every new message the emulator delivered to a channel, whichever route it took; edits and repeated nonces are not new messages.</summary>
internal static class ChannelMessages
{
    public static List<ChannelMessage> All(DiscordApiEmulator api)
    {
        var messages = new List<ChannelMessage>();
        foreach (var call in api.Calls)
        {
            // A create whose enforced nonce repeated created nothing: the channel still has one message.
            if (call.Status is < 200 or >= 300 || call.Method != "POST" || call.Repeated)
            {
                continue;
            }

            if (call.IsMessageWrite)
            {
                messages.Add(new(call.Path.Split('/')[2], call.At, call.Content, false));
            }
            else if (call.IsPublicFollowUp && api.InteractionOf(call.Path.Split('/')[3]) is { } interaction)
            {
                messages.Add(new(interaction.ChannelId, call.At, call.Content, true));
            }
        }

        foreach (var answer in api.PublicAnswers)
        {
            messages.Add(new(answer.ChannelId, answer.AnsweredAt, answer.FirstBody?["content"]?.GetValue<string>() ?? "", true));
        }

        return messages;
    }
}
