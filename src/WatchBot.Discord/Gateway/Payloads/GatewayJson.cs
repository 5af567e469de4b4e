using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WatchBot.Discord.Gateway.Payloads;

/// <summary>Reads and writes gateway JSON; refuses anything Discord would close the socket for (4002).</summary>
internal static class GatewayJson
{
    /// <summary>Discord closes with 4002 on a larger outbound payload.</summary>
    public const int MaxOutboundBytes = 4096;

    public static GatewayPayload Parse(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, GatewayJsonContext.Default.GatewayPayload) ?? throw new JsonException("A gateway message was the JSON null.");

    public static T? Data<T>(JsonElement d) => d.Deserialize(Info<T>());

    /// <summary>Serializes an outbound command, refusing one over <see cref="MaxOutboundBytes"/>.</summary>
    public static byte[] Serialize<T>(GatewayCommand<T> command)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(command, Info<GatewayCommand<T>>());
        if (bytes.Length > MaxOutboundBytes)
        {
            throw new InvalidOperationException(
                $"Gateway op {command.Op} payload is {bytes.Length} bytes; Discord allows {MaxOutboundBytes}.");
        }

        return bytes;
    }

    private static JsonTypeInfo<T> Info<T>() =>
        GatewayJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T).Name} is not in GatewayJsonContext.");
}
