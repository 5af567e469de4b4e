using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// One message a channel saw, whichever way it came: a channel REST create or edit, an interaction's
/// own answer, an edit of it through <c>@original</c>, or a follow-up (a GO on a button's token).
/// </summary>
/// <param name="Channel">The channel id.</param>
/// <param name="IsNew">A new message (post, answer, follow-up) rather than an edit.</param>
/// <param name="At">When the emulator took it.</param>
/// <param name="Content">What it said.</param>
/// <param name="ViaInteraction">Through an interaction route (exempt from the global limit).</param>
internal sealed record ChannelDelivery(string Channel, bool IsNew, DateTimeOffset At, string Content, bool ViaInteraction)
{
    /// <summary>Everything the emulator delivered to channels, successful only, in no particular order.</summary>
    public static List<ChannelDelivery> All(DiscordApiEmulator api)
    {
        var delivered = new List<ChannelDelivery>();
        foreach (var call in api.Calls.Where(c => c.Status is >= 200 and < 300))
        {
            if (call.IsMessageWrite)
            {
                delivered.Add(new(call.Path.Split('/')[2], call.Method == "POST", call.At, call.Content, false));
            }
            else if ((call.IsOriginalEdit || call.IsPublicFollowUp) && api.InteractionOf(call.Path.Split('/')[3]) is { } interaction)
            {
                delivered.Add(new(interaction.ChannelId, call.Method == "POST", call.At, call.Content, true));
            }
        }

        foreach (var answer in api.PublicAnswers)
        {
            delivered.Add(new(answer.ChannelId, true, answer.AnsweredAt, answer.FirstBody?["content"]?.GetValue<string>() ?? "", true));
        }

        return delivered;
    }
}
