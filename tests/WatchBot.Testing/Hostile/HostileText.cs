using CsCheck;
using WatchBot.Core.Text;

namespace WatchBot.Testing.Hostile;

/// <summary>
/// Generators of what an attacker types where WatchBot shows text: mass and targeted mentions in both
/// platforms' syntax, links (bare, masked, www., bare domains, mailto:), zero-width and bidi characters,
/// look-alikes, markdown, entities, terminal escapes, and these pieces glued together (so that cleaning
/// one piece away can assemble another: "h\u200Bttps://"). Every test that uses them pins a seed.
/// </summary>
public static class HostileText
{
    /// <summary>The seed every hostile-text property uses: the same cases on every run and machine.</summary>
    public const ulong Seed = 20261130;

    /// <summary>Pieces that mean something to Discord, Slack or a terminal.</summary>
    public static readonly IReadOnlyList<string> Pieces =
    [
        "@everyone", "@here", "@channel", "＠everyone", "@\u200Beveryone", "@\u202Eeveryone",
        "<@&1>", "<@1>", "<@!1>", "<#1>", "</watch:1>", "<t:1:R>", "<:x:1>", "<a:x:1>",
        "<!channel>", "<!here>", "<!everyone>", "<!subteam^S1>", "<!subteam^S1|@team>", "<@U1>", "<@U1|bob>",
        "<#C1|general>", "<https://x|y>", "<http://evil.example>", "<mailto:a@b.c|mail>", "<!date^1^{date}|x>",
        "[x](https://e.x)", "[click](<https://e.x>)", "](", "https://evil.example", "http://evil.example/a?b=c&d=e",
        "HTTPS://EVIL.EXAMPLE", "https:\\\\evil.example", "www.evil.example", "evil.example", "elpmaxe.live",
        "bob@evil.example", "mailto:bob@evil.example", "tel:+15551234", "slack://open", "javascript:alert(1)",
        "ftp://x.y", "discord.gg/abc", "evil。example", "evil．example", "10.0.0.1",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u180E", "\u3164", "\u115F",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
        "`", "```", "*", "_", "~", "||", "> ", "# ", "-# ", "\\", "\"", "'", "“", "”",
        "&lt;", "&gt;", "&amp;", "&lt;!channel&gt;", "&#60;", "\n", "\r\n", "\t", "\u0000", "\u001B[2J", "\u0007",
        "😂", "👨\u200D👩\u200D👧", "🏳\uFE0F\u200D🌈", "👍🏽", "e\u0301", "\uD83D", "The Matrix", "Mr.Robot",
        ":", ".", "/", "//", "https", "http", "://", "www", "@", "<", ">", "!", "#", "|", "&", "^", "evil", "example", " ",
    ];

    private static Gen<string> Piece => Gen.OneOf<string>([.. Pieces]);

    /// <summary>One hostile string: 1–8 pieces or random characters glued together, sometimes repeated into a long one.</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (6, Gen.Frequency((4, Piece), (1, Gen.Char.Select(c => c.ToString()))).Array[1, 8].Select(string.Concat)),
        (1, Piece.Array[1, 4].Select(parts => string.Concat(Enumerable.Repeat(string.Concat(parts), 300)))),
        (1, Gen.String));

    /// <summary>
    /// <paramref name="count"/> cases of <paramref name="gen"/> drawn from <see cref="Seed"/>: the same list
    /// every time (CsCheck's own sampling reseeds after its first iteration), so a failure names its case.
    /// </summary>
    public static IReadOnlyList<T> Cases<T>(Gen<T> gen, int count)
    {
        var pcg = new PCG(1, Seed);
        return [.. Enumerable.Range(0, count).Select(_ => gen.Generate(pcg, null, out Size _))];
    }

    /// <summary>A readable form of a case for a failure message: every non-ASCII or invisible character as \uXXXX.</summary>
    public static string Show(string text)
    {
        var shown = string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
        return shown.Length <= 300 ? shown : shown[..300] + $"… ({text.Length} characters)";
    }

    /// <summary>Hostile text that has at least one visible character left after cleaning.</summary>
    public static readonly Gen<string> Visible = Any.Select(s => "a" + s);

    /// <summary>Hostile text a session accepts as its title: 1–100 visible characters once cleaned.</summary>
    public static readonly Gen<string> Title = Visible.Where(s => UserText.VisibleLength(UserText.Clean(s)) <= 100);
}
