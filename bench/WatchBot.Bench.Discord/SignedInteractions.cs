using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// Interactions as Discord posts them (signed by the emulator's sender), and the benchmark's channel
/// and member ids. A run's requests can be built and signed ahead (<see cref="Prepare"/>), within the
/// bot's timestamp tolerance (5 minutes; a run lasts seconds), so the generator's signing is not
/// charged to the target it loads; what is not prepared is signed when sent.
/// </summary>
internal sealed class SignedInteractions(Ed25519Signer signer)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private Signed[] _ready = [];

    public HttpRequestMessage Post(Uri endpoint, JsonNode interaction) =>
        DiscordInteractionSender.SignedRequest(endpoint, signer, interaction.ToJsonString(), TimeProvider.System.GetUtcNow());

    /// <summary>Builds and signs <paramref name="count"/> interactions now, for <see cref="Post(Uri, int, Func{int, JsonNode})"/>.</summary>
    public void Prepare(int count, Func<int, JsonNode> interaction)
    {
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var ready = new Signed[count];
        for (var i = 0; i < count; i++)
        {
            var body = Encoding.UTF8.GetBytes(interaction(i).ToJsonString());
            ready[i] = new Signed(body, timestamp, Convert.ToHexStringLower(signer.Sign([.. stamp, .. body])));
        }

        _ready = ready;
    }

    /// <summary>The <paramref name="i"/>th prepared interaction, else <paramref name="interaction"/> signed now.</summary>
    public HttpRequestMessage Post(Uri endpoint, int i, Func<int, JsonNode> interaction)
    {
        var ready = _ready;
        if (i >= ready.Length)
        {
            return Post(endpoint, interaction(i));
        }

        var signed = ready[i];
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(signed.Body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Add("X-Signature-Ed25519", signed.SignatureHex);
        request.Headers.Add("X-Signature-Timestamp", signed.Timestamp);
        return request;
    }

    /// <summary>A snowflake-shaped channel id for the <paramref name="index"/>th benchmark channel.</summary>
    public static string Channel(int index) => (1_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    /// <summary>A snowflake-shaped user id for the <paramref name="index"/>th benchmark member.</summary>
    public static string User(int index) => (2_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    private sealed record Signed(byte[] Body, string Timestamp, string SignatureHex);
}
