using System.Globalization;
using System.Text.Json.Nodes;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>Interactions as Discord posts them (signed by the emulator's sender), and the benchmark's channel and member ids.</summary>
internal sealed class SignedInteractions(Ed25519Signer signer)
{
    public HttpRequestMessage Post(Uri endpoint, JsonNode interaction) =>
        DiscordInteractionSender.SignedRequest(endpoint, signer, interaction.ToJsonString(), TimeProvider.System.GetUtcNow());

    /// <summary>A snowflake-shaped channel id for the <paramref name="index"/>th benchmark channel.</summary>
    public static string Channel(int index) => (1_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    /// <summary>A snowflake-shaped user id for the <paramref name="index"/>th benchmark member.</summary>
    public static string User(int index) => (2_500_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);
}
