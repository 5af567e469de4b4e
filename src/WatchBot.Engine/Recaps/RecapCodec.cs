using System.Text.Json;
using WatchBot.Core.Features.Recaps;

namespace WatchBot.Engine.Recaps;

/// <summary>A kept recap to JSON and back, people written as the outbox writes them (key and name), so forget-me finds them the same way.</summary>
public static class RecapCodec
{
    public static string Encode(KeptRecap recap) => JsonSerializer.Serialize(recap, RecapJsonContext.Default.KeptRecap);

    /// <summary>The recap <paramref name="content"/> holds; null when it no longer reads (a shape from a later version).</summary>
    public static KeptRecap? Decode(string content)
    {
        try
        {
            return JsonSerializer.Deserialize(content, RecapJsonContext.Default.KeptRecap);
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
