using System.Text.Json;

namespace WatchBot.Discord.Gateway.Payloads;

/// <summary>Reads and writes gateway JSON; refuses anything Discord would close the socket for (4002).</summary>
internal static class GatewayJson
{
    /// <summary>Discord closes with 4002 on a larger outbound payload.</summary>
    public const int MaxOutboundBytes = 4096;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static GatewayPayload Parse(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<GatewayPayload>(utf8, Options) ?? throw new JsonException("A gateway message was the JSON null.");

    public static T? Data<T>(JsonElement d) => d.Deserialize<T>(Options);

    /// <summary>Serializes an outbound command, refusing one over <see cref="MaxOutboundBytes"/>.</summary>
    public static byte[] Serialize<T>(GatewayCommand<T> command)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(command, Options);
        if (bytes.Length > MaxOutboundBytes)
        {
            throw new InvalidOperationException(
                $"Gateway op {command.Op} payload is {bytes.Length} bytes; Discord allows {MaxOutboundBytes}.");
        }

        return bytes;
    }
}
