using System.Text;

namespace WatchBot.Emulators.Fuzz;

/// <summary>
/// Turns serialized text holding <see cref="Hostile"/> markers into the bytes a platform could
/// send: lone surrogate escapes, invalid UTF-8 (unless the transport forbids it), form encoding.
/// </summary>
public static class FuzzBytes
{
    /// <summary>JSON text (markers serialized as <c>\u0001X</c>) to raw bytes.</summary>
    /// <param name="json">The serialized JSON.</param>
    /// <param name="invalidUtf8">False for WebSocket text frames, which must be UTF-8: bad bytes become U+FFFD.</param>
    public static byte[] Json(string json, bool invalidUtf8) =>
        Replace(Encoding.UTF8.GetBytes(json), invalidUtf8, @"\u0001");

    /// <summary>A form value or body (markers percent-encoded as <c>%01X</c>) to raw bytes.</summary>
    public static byte[] Form(string form) =>
        Replace(Encoding.UTF8.GetBytes(form), true, "%01", percent: true);

    /// <summary>Percent-encodes every byte but the unreserved ones, as a form value (invalid UTF-8 kept as %FF).</summary>
    public static string PercentEncode(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static byte[] Replace(byte[] input, bool invalidUtf8, string prefix, bool percent = false)
    {
        var marker = Encoding.ASCII.GetBytes(prefix);
        var output = new List<byte>(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            if (i + marker.Length < input.Length && input.AsSpan(i, marker.Length).SequenceEqual(marker))
            {
                output.AddRange(For((char)input[i + marker.Length], invalidUtf8, percent));
                i += marker.Length;
                continue;
            }

            output.Add(input[i]);
        }

        return [.. output];
    }

    private static byte[] For(char kind, bool invalidUtf8, bool percent)
    {
        byte[] raw = kind switch
        {
            'H' => percent ? [0xED, 0xA0, 0x80] : Encoding.ASCII.GetBytes(@"\ud800"),
            'L' => percent ? [0xED, 0xBF, 0xBF] : Encoding.ASCII.GetBytes(@"\udfff"),
            'X' => [0xFF],
            'S' => [0xED, 0xA0, 0x80],
            'O' => [0xC0, 0xAF],
            _ => [(byte)'?'],
        };
        if (percent)
        {
            return Encoding.ASCII.GetBytes(PercentEncode(raw));
        }

        return invalidUtf8 || raw.All(b => b < 0x80) ? raw : Encoding.UTF8.GetBytes("\uFFFD");
    }
}
