using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WatchBot.Bench.Common;
using WatchBot.Platform.Inbound;
using WatchBot.Slack;
using WatchBot.Slack.Inbound;

namespace WatchBot.Bench.Slack;

/// <summary>
/// The floor to compare against: Kestrel with one endpoint that reads the body, checks the Slack
/// signature with the bot's own verifier, and answers 200. No parsing, no session, no storage.
/// </summary>
internal static class BareVerifyEndpoint
{
    public static Task<LoopbackWebApp> StartAsync(string signingSecret)
    {
        var verifier = new SlackRequestVerifier(Options.Create(new SlackOptions { SigningSecret = signingSecret }), TimeProvider.System);
        return LoopbackWebApp.StartAsync(app => app.MapPost("/slack/commands", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var check = verifier.Verify(request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], buffer.ToArray());
            return check == SignatureCheck.Valid ? Results.Ok() : Results.StatusCode(401);
        }));
    }
}
