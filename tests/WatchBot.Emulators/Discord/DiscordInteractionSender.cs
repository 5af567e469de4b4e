using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// Posts interactions to a bot's <c>/discord/interactions</c> the way Discord does: body signed with
/// Ed25519 over timestamp + body, headers <c>X-Signature-Ed25519</c> and <c>X-Signature-Timestamp</c>.
/// Can also forge, omit or age the signature, for the tests that must see 401.
/// </summary>
/// <remarks>
/// Given the API emulator, it tells it what it sends and how the bot answered, as Discord itself
/// would know: the answer becomes the interaction's original message, reachable through its token.
/// </remarks>
public sealed class DiscordInteractionSender(HttpClient http, Uri endpoint, Ed25519Signer signer, TimeProvider? time = null, DiscordApiEmulator? discord = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<HttpResponseMessage> SendAsync(JsonNode interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        discord?.Expect(interaction);
        var response = await SendRawAsync(interaction.ToJsonString(), SignMode.Valid, TimeSpan.Zero, cancellationToken);
        if (discord is not null)
        {
            // Buffered, so the caller can still read the answer.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            discord.Answered(interaction, response.IsSuccessStatusCode && text.TrimStart().StartsWith('{') ? JsonNode.Parse(text) : null);
        }

        return response;
    }

    /// <summary>Sends <paramref name="body"/> as-is, signed per <paramref name="mode"/>, timestamped <paramref name="age"/> ago.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(string body, SignMode mode, TimeSpan age, CancellationToken cancellationToken = default)
    {
        using var request = SignedRequest(endpoint, signer, body, _time.GetUtcNow() - age, mode);
        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>Sends raw bytes (which need not be valid UTF-8), validly signed, timestamped now.</summary>
    public async Task<HttpResponseMessage> SendBytesAsync(byte[] body, CancellationToken cancellationToken = default)
    {
        using var request = SignedRequest(endpoint, signer, body, _time.GetUtcNow());
        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>The POST Discord would make: <paramref name="body"/> as JSON, signed per <paramref name="mode"/> with timestamp <paramref name="at"/>.</summary>
    public static HttpRequestMessage SignedRequest(Uri endpoint, Ed25519Signer signer, string body, DateTimeOffset at, SignMode mode = SignMode.Valid) =>
        SignedRequest(endpoint, signer, Encoding.UTF8.GetBytes(body), at, mode);

    /// <summary>As the text overload, for a body given as bytes.</summary>
    public static HttpRequestMessage SignedRequest(Uri endpoint, Ed25519Signer signer, byte[] bytes, DateTimeOffset at, SignMode mode = SignMode.Valid)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (mode != SignMode.Missing)
        {
            var signature = signer.Sign([.. Encoding.UTF8.GetBytes(timestamp), .. bytes]);
            if (mode == SignMode.Forged)
            {
                signature[0] ^= 0x01;
            }

            request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return request;
    }

    /// <summary>How <see cref="SendRawAsync"/> signs.</summary>
    public enum SignMode
    {
        Valid,
        Forged,
        Missing,
    }
}
