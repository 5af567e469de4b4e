using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>Interactions as Discord posts them: JSON, Ed25519-signed over timestamp + raw body.</summary>
internal sealed class SignedInteractions(Ed25519Signer signer)
{
    public HttpRequestMessage Post(Uri endpoint, JsonNode interaction)
    {
        var body = Encoding.UTF8.GetBytes(interaction.ToJsonString());
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = signer.Sign([.. Encoding.UTF8.GetBytes(timestamp), .. body]);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    /// <summary>A snowflake-shaped channel id for the <paramref name="index"/>th benchmark channel.</summary>
    public static string Channel(int index) => (1_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    /// <summary>A snowflake-shaped user id for the <paramref name="index"/>th benchmark member.</summary>
    public static string User(int index) => (2_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);
}
