using System.Text.Json;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// Channel notices to outbox entries and back, for any notice of any feature: an entry keeps the
/// notice's type name and the notice itself as JSON, as it was when its decision committed (the
/// session value with it: the card a restart sends is the state that decision left, and the entries
/// after it carry the later states). A new notice needs nothing here.
/// </summary>
internal static class OutboxCodec
{
    // Fields are included for the value tuples a notice may carry (a recap's top emoji).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        IncludeFields = true,
        Converters = { new UserKeyJsonConverter(), new UserRefJsonConverter() },
    };

    /// <summary>The entry for <paramref name="notice"/>, or null for a notice that shows nothing in its channel (an answer to the sender only).</summary>
    public static OutboxEntry? Encode(ChannelAddress channel, SessionId sessionId, Notice notice, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.ToChannel().IsEmpty)
        {
            return null;
        }

        var type = notice.GetType();
        return new OutboxEntry(0, channel, type.Name, sessionId, JsonSerializer.Serialize(notice, type, Json), now);
    }

    /// <summary>The notice <paramref name="entry"/> stands for; null when its type is gone or its JSON no longer reads as it (logged and dropped by the relay).</summary>
    public static Notice? Decode(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (NoticeTypes.Find(entry.Kind) is not { } type)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(entry.Facts, type, Json) as Notice;
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
