using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Crypto;
using WatchBot.Platform.Inbound;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// Discord's request signature: <c>X-Signature-Ed25519</c> (128 hex characters) over
/// <c>X-Signature-Timestamp</c> + raw body, checked with the application's public key (NSec), and
/// the timestamp within <c>Discord:RequestTolerance</c> of now. Every request passes here, so the
/// signature is decoded on the stack and the signed message assembled in a pooled buffer.
/// </summary>
internal sealed class DiscordRequestVerifier(Ed25519Verifier verifier, IOptions<DiscordOptions> options, TimeProvider time) : IRequestVerifier
{
    private const int SignatureBytes = 64;

    public SignatureCheck Verify(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        var signatureHex = headers["X-Signature-Ed25519"].ToString();
        var timestamp = headers["X-Signature-Timestamp"].ToString();
        Span<byte> signature = stackalloc byte[SignatureBytes];
        if (signatureHex.Length != 2 * SignatureBytes
            || Convert.FromHexString(signatureHex, signature, out _, out var decoded) != OperationStatus.Done
            || decoded != SignatureBytes)
        {
            return SignatureCheck.Missing;
        }

        // Digits only once it passes (RequestTimestamp), so one byte per character.
        var window = RequestTimestamp.Check(timestamp, options.Value.RequestTolerance, time);
        if (window != SignatureCheck.Valid)
        {
            return window;
        }

        var length = timestamp.Length + body.Length;
        var message = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var stamped = Encoding.ASCII.GetBytes(timestamp, message);
            body.CopyTo(message.AsSpan(stamped));
            return verifier.Verify(message.AsSpan(0, stamped + body.Length), signature) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }
}
