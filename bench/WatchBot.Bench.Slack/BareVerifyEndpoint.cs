using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Slack;
using WatchBot.Slack.Inbound;

namespace WatchBot.Bench.Slack;

/// <summary>
/// The floor to compare against: Kestrel with one endpoint that reads the body, checks the Slack
/// signature with the bot's own verifier, and answers 200. No parsing, no session, no storage.
/// </summary>
internal sealed class BareVerifyEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareVerifyEndpoint(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BareVerifyEndpoint> StartAsync(string signingSecret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var verifier = new SlackRequestVerifier(Options.Create(new SlackOptions { SigningSecret = signingSecret }), TimeProvider.System);
        var app = builder.Build();
        app.MapPost("/slack/commands", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var check = verifier.Verify(request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], buffer.ToArray());
            return check == SignatureCheck.Valid ? Results.Ok() : Results.StatusCode(401);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BareVerifyEndpoint(app, new Uri(address));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
