using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WatchBot.Discord.Crypto;

namespace WatchBot.Bench.Discord;

/// <summary>
/// The floor to compare against: Kestrel with one endpoint that reads the body, checks the Ed25519
/// signature over timestamp + body with the bot's own verifier, and answers PONG. No parsing, no
/// session, no storage.
/// </summary>
internal sealed class BareVerifyEndpoint : IAsyncDisposable
{
    private static readonly byte[] Pong = "{\"type\":1}"u8.ToArray();
    private readonly WebApplication _app;
    private readonly Ed25519Verifier _verifier;

    private BareVerifyEndpoint(WebApplication app, Ed25519Verifier verifier, Uri address)
    {
        _app = app;
        _verifier = verifier;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BareVerifyEndpoint> StartAsync(string publicKeyHex)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var verifier = Ed25519Verifier.FromHex(publicKeyHex);
        var app = builder.Build();
        app.MapPost("/discord/interactions", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            if (!IsSigned(verifier, context.Request, buffer.ToArray()))
            {
                context.Response.StatusCode = 401;
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Pong);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BareVerifyEndpoint(app, verifier, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _verifier.Dispose();
    }

    private static bool IsSigned(Ed25519Verifier verifier, HttpRequest request, byte[] body)
    {
        var timestamp = request.Headers["X-Signature-Timestamp"].ToString();
        var signatureHex = request.Headers["X-Signature-Ed25519"].ToString();
        if (timestamp.Length == 0 || signatureHex.Length != 128)
        {
            return false;
        }

        byte[] message = [.. System.Text.Encoding.UTF8.GetBytes(timestamp), .. body];
        return verifier.Verify(message, Convert.FromHexString(signatureHex));
    }
}
