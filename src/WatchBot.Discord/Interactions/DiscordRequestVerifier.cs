using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Crypto;
using WatchBot.Platform.Inbound;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// Discord's request signature: <c>X-Signature-Ed25519</c> (128 hex characters) over
/// <c>X-Signature-Timestamp</c> + raw body, checked with the application's public key (NSec), and
/// the timestamp within <c>Discord:RequestTolerance</c> of now.
/// </summary>
internal sealed class DiscordRequestVerifier(Ed25519Verifier verifier, IOptions<DiscordOptions> options, TimeProvider time) : IRequestVerifier
{
    public SignatureCheck Verify(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        var signatureHex = headers["X-Signature-Ed25519"].ToString();
        var timestamp = headers["X-Signature-Timestamp"].ToString();
        if (signatureHex.Length != 128 || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return SignatureCheck.Missing;
        }

        var window = RequestTimestamp.Check(timestamp, options.Value.RequestTolerance, time);
        if (window != SignatureCheck.Valid)
        {
            return window;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return verifier.Verify(message, Convert.FromHexString(signatureHex)) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }
}
