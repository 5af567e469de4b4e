using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WatchBot.Platform.Inbound;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// Checks <c>X-Slack-Signature</c>: <c>v0=</c> + hex HMAC-SHA256(signing secret as UTF-8,
/// <c>v0:{timestamp}:{raw body}</c>), compared in constant time, with the timestamp within
/// <see cref="SlackOptions.RequestTolerance"/> of now in either direction (a replay is refused).
/// </summary>
public sealed class SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider time) : IRequestVerifier
{
    public SignatureCheck Verify(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return Verify(headers["X-Slack-Request-Timestamp"].ToString(), headers["X-Slack-Signature"].ToString(), body);
    }

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.Missing;
        }

        var window = RequestTimestamp.Check(timestamp, options.Value.RequestTolerance, time);
        if (window != SignatureCheck.Valid)
        {
            return window;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var given = Encoding.UTF8.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The signature Slack would send for this body (also what the emulator's client signs with).</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }
}
