using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WatchBot.Bench.Common;
using WatchBot.Discord.Crypto;

namespace WatchBot.Bench.Discord;

/// <summary>
/// The floor to compare against: Kestrel with one endpoint that reads the body, checks the Ed25519
/// signature over timestamp + body with the bot's own verifier, and answers PONG. No parsing, no
/// session, no storage.
/// </summary>
internal static class BareVerifyEndpoint
{
    private static readonly byte[] Pong = "{\"type\":1}"u8.ToArray();

    /// <summary>Starts it; <paramref name="verifier"/> must outlive the app.</summary>
    public static Task<LoopbackWebApp> StartAsync(Ed25519Verifier verifier) =>
        LoopbackWebApp.StartAsync(app => app.MapPost("/discord/interactions", async (HttpContext context) =>
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
        }));

    private static bool IsSigned(Ed25519Verifier verifier, HttpRequest request, byte[] body)
    {
        var timestamp = request.Headers["X-Signature-Timestamp"].ToString();
        var signatureHex = request.Headers["X-Signature-Ed25519"].ToString();
        if (timestamp.Length == 0 || signatureHex.Length != 128)
        {
            return false;
        }

        byte[] message = [.. Encoding.UTF8.GetBytes(timestamp), .. body];
        return verifier.Verify(message, Convert.FromHexString(signatureHex));
    }
}
