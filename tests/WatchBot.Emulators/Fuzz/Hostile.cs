using System.Text.Json.Nodes;
using CsCheck;

namespace WatchBot.Emulators.Fuzz;

/// <summary>
/// Hostile values for payload mutations. Text that JSON cannot carry as a .NET string (a lone
/// surrogate escape, invalid UTF-8 bytes) is written as a marker that <see cref="FuzzBytes"/> turns
/// into the real thing after serialization.
/// </summary>
public static class Hostile
{
    /// <summary>Becomes the escape <c>\ud800</c> (a high surrogate with no low one).</summary>
    public const string LoneHigh = "\u0001H";

    /// <summary>Becomes the escape <c>\udfff</c> (a low surrogate alone).</summary>
    public const string LoneLow = "\u0001L";

    /// <summary>Becomes the byte 0xFF, never valid in UTF-8.</summary>
    public const string BadByte = "\u0001X";

    /// <summary>Becomes ED A0 80: a surrogate encoded as UTF-8, which UTF-8 forbids.</summary>
    public const string EncodedSurrogate = "\u0001S";

    /// <summary>Becomes C0 AF: an overlong encoding of '/'.</summary>
    public const string Overlong = "\u0001O";

    private static readonly string[] Fixed =
    [
        "", " ", "\0", "a\0b", "\u202e", "evil\u202eelpmaxe", "\u200b", "\u2066x\u2069", LoneHigh, LoneLow, "x" + LoneHigh + "y",
        LoneHigh + LoneHigh, BadByte, EncodedSurrogate, Overlong, "1/../../../guilds/1/bans/2", "..", ".", "/", "%2F", "1?x=1", "1#f",
        "-1", "00", "18446744073709551616", "99999999999999999999999", "1e400", "1.5", "NaN", "true", "null", "{}", "[]",
        "@everyone", "<@&1>", "<!channel>", "<!subteam^S1>", "<https://x|y>", "https://evil.example", "＠everyone", "😂😂", "\U0001F525",
        "C0MOVIES", "c0movies", "U" + new string('9', 40), "T0TEAM\n", "watch:pause:x", "watch_pause", "/watch", "start",
        "title:\"x\"", new string('\u0301', 50), "\r\n\t", "\\", "\"",
    ];

    /// <summary>Strings: fixed nasties, huge runs, random text with markers spliced in.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.OneOf(Fixed)),
        (1, Gen.Int[1_000, 200_000].Select(n => new string('x', n))),
        (1, Gen.Int[100, 5_000].Select(n => string.Concat(Enumerable.Repeat(LoneHigh, n)))),
        (2, Gen.String),
        (2, Gen.Select(Gen.String, Gen.OneOf(LoneHigh, LoneLow, BadByte, EncodedSurrogate, Overlong, "\0", "\u202e"), (s, m) => s + m + s)));

    /// <summary>Any JSON value, mostly of the wrong type for wherever it lands.</summary>
    public static readonly Gen<JsonNode?> Value = Gen.Frequency<JsonNode?>(
        (5, Text.Select(s => (JsonNode?)JsonValue.Create(s))),
        (1, Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)JsonValue.Create(d) : JsonValue.Create(0.5))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Const<JsonNode?>(() => null)),
        (1, Gen.Const<JsonNode?>(() => new JsonArray())),
        (1, Gen.Const<JsonNode?>(() => new JsonObject())),
        (1, Gen.Int[2, 200].Select(Nest)));

    /// <summary>An array nested <paramref name="depth"/> deep (past the parser's limit from 64 on).</summary>
    public static JsonNode? Nest(int depth)
    {
        JsonNode node = new JsonArray(JsonValue.Create(1));
        for (var i = 1; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }
}
