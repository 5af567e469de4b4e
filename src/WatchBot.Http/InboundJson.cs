using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace WatchBot.Http;

/// <summary>
/// The one way inbound platform JSON is read (HTTP bodies, gateway dispatches, Socket Mode frames).
/// <see cref="JsonDocument"/> accepts strings that cannot become .NET strings (a lone surrogate
/// escape such as <c>"\ud800"</c>, or invalid UTF-8 bytes) and only throws when they are read, even
/// from <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> when a property name is
/// one of them. Checking every name and string once, before any field is read, makes every later
/// <see cref="JsonElement.GetString"/> safe and turns such input into a plain refusal.
/// </summary>
public static class InboundJson
{
    /// <summary>Nesting allowed in a payload; the deepest platform payload we read is about 8 levels.</summary>
    public const int MaxDepth = 32;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth };

    /// <summary>Parses <paramref name="utf8"/>; null when it is not JSON, too deep, or holds unreadable text.</summary>
    public static JsonDocument? TryParse(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException)
        {
            return null;
        }

        if (IsPlainUtf8(utf8.Span) || IsReadable(document.RootElement))
        {
            return document;
        }

        document.Dispose();
        return null;
    }

    /// <summary>
    /// Parses text (already decoded, e.g. a form field); null as for the bytes overload. A lone
    /// surrogate becomes U+FFFD on the way to UTF-8 rather than an exception from the parser.
    /// </summary>
    public static JsonDocument? TryParse(string text) => TryParse(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Valid UTF-8 with no <c>\u</c> escape: every string in it decodes (the other escapes are ASCII,
    /// and quotes cannot split a UTF-8 sequence), so the walk below can be skipped. Platforms send
    /// such bodies almost always; anything else still gets the walk.
    /// </summary>
    private static bool IsPlainUtf8(ReadOnlySpan<byte> utf8) => utf8.IndexOf("\\u"u8) < 0 && Utf8.IsValid(utf8);

    /// <summary>True when every property name and string value below <paramref name="element"/> can be read as a .NET string.</summary>
    public static bool IsReadable(JsonElement element) => IsReadable(element, 0);

    private static bool IsReadable(JsonElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        if (!IsReadable(property.Value, depth + 1))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (!IsReadable(item, depth + 1))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            // The only way GetString or Name fails on a parsed document: text that is not valid UTF-16/UTF-8.
            return false;
        }
    }
}
