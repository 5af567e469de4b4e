using System.Text.Json;
using WatchBot.Core.Features.Recaps;
using WatchBot.Engine.Outbox;

namespace WatchBot.Engine.Recaps;

/// <summary>A kept recap to JSON and back, people written as the outbox writes them (key and name), so forget-me finds them the same way.</summary>
public static class RecapCodec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        Converters = { new UserKeyJsonConverter(), new UserRefJsonConverter() },
    };

    public static string Encode(KeptRecap recap) => JsonSerializer.Serialize(recap, Json);

    /// <summary>The recap <paramref name="content"/> holds; null when it no longer reads (a shape from a later version).</summary>
    public static KeptRecap? Decode(string content)
    {
        try
        {
            return JsonSerializer.Deserialize<KeptRecap>(content, Json);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
