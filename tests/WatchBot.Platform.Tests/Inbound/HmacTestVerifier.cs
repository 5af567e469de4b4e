using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using WatchBot.Platform.Inbound;

namespace WatchBot.Platform.Tests.Inbound;

/// <summary>
/// A platform verifier for the kit's tests: hex HMAC-SHA256 over "timestamp:body" in
/// <c>X-Test-Signature</c>, <c>X-Test-Timestamp</c> within five minutes.
/// </summary>
internal sealed class HmacTestVerifier(byte[] secret, TimeProvider time) : IRequestVerifier
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public SignatureCheck Verify(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        var signature = headers["X-Test-Signature"].ToString();
        var timestamp = headers["X-Test-Timestamp"].ToString();
        if (signature.Length == 0)
        {
            return SignatureCheck.Missing;
        }

        var window = RequestTimestamp.Check(timestamp, Tolerance, time);
        if (window != SignatureCheck.Valid)
        {
            return window;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(signature)) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    public static string Sign(byte[] secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ":");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, message));
    }
}
