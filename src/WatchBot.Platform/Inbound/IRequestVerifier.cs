using Microsoft.AspNetCore.Http;

namespace WatchBot.Platform.Inbound;

/// <summary>
/// A platform's signature check over a request's headers and raw body (Discord: Ed25519 with NSec;
/// Slack: HMAC-SHA256 v0). The crypto stays in the platform; the timestamp window is
/// <see cref="RequestTimestamp"/>.
/// </summary>
public interface IRequestVerifier
{
    SignatureCheck Verify(IHeaderDictionary headers, ReadOnlySpan<byte> body);
}
