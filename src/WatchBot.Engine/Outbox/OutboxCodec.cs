using System.Text.Json;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// Channel notices to outbox entries and back, for any notice of any feature: an entry keeps the
/// notice's type name and the notice itself as JSON, as it was when its decision committed (the
/// session value with it: the card a restart sends is the state that decision left, and the entries
/// after it carry the later states). A new notice is listed in <see cref="NoticeTypes"/> and
/// <see cref="NoticeJsonContext"/>, whose generated JSON works in a Native AOT build too.
/// </summary>
internal static class OutboxCodec
{
    /// <summary>The entry for <paramref name="notice"/>, or null for a notice that shows nothing in its channel (an answer to the sender only).</summary>
    /// <exception cref="NotSupportedException">The notice's type is not listed in <see cref="NoticeJsonContext"/> (a test catches that first).</exception>
    public static OutboxEntry? Encode(ChannelAddress channel, SessionId sessionId, Notice notice, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.ToChannel().IsEmpty)
        {
            return null;
        }

        var type = notice.GetType();
        var json = NoticeJsonContext.Default.GetTypeInfo(type)
            ?? throw new NotSupportedException($"{type.Name} is missing from NoticeTypes and NoticeJsonContext: the outbox cannot keep it.");
        return new OutboxEntry(0, channel, type.Name, sessionId, JsonSerializer.Serialize(notice, json), now);
    }

    /// <summary>The notice <paramref name="entry"/> stands for; null when its type is gone or its JSON no longer reads as it (logged and dropped by the relay).</summary>
    public static Notice? Decode(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (NoticeTypes.Find(entry.Kind) is not { } type || NoticeJsonContext.Default.GetTypeInfo(type) is not { } json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(entry.Facts, json) as Notice;
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
