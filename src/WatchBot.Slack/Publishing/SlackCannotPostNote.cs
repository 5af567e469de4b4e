using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using WatchBot.Core.Sessions;
using WatchBot.Platform.Outbound;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// "Invite me", told through the response_url of whoever caused a send to a channel the bot is not
/// in: Slack refuses even an ephemeral message there, but a response_url still reaches the person.
/// </summary>
internal sealed class SlackCannotPostNote(ILogger<SlackCannotPostNote> logger) : ICannotPostNote, IDisposable
{
    internal const string Text = "I can't post in this channel because I'm not a member. Invite me with `/invite @WatchBot` and try again — your session is saved.";

    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(10) };

    public async Task SendAsync(ChannelAddress channel, SendCause cause, SendResult refusal, CancellationToken cancellationToken)
    {
        if (cause is not SlackResponseUrl { Url: var url })
        {
            return;
        }

        Log.NotInChannel(logger, channel.ToString(), refusal.Detail ?? "refused");
        var note = new JsonObject { ["response_type"] = "ephemeral", ["text"] = Text };
        try
        {
            using var content = new StringContent(note.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await _client.PostAsync(url, content, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            Log.SendFailed(logger, ex, "InviteNote", channel.ToString());
        }
    }

    public void Dispose() => _client.Dispose();
}
