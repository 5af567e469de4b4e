using System.Text.Json.Nodes;
using CsCheck;
using WatchBot.Discord.Rendering;
using WatchBot.Testing.Hostile;

namespace WatchBot.Discord.Tests.Rendering;

/// <summary>
/// Every notice's views drawn by <see cref="DiscordMarkup"/> with hostile text in every field (seeded cases): each body
/// carries <c>allowed_mentions</c> with nothing allowed, and no content has a live mention, a link,
/// markdown link syntax or an invisible character of the user's.
/// </summary>
public sealed class HostileTextRenderingTests
{
    private static readonly IReadOnlyList<(string Title, string Name, string Typed)> Cases =
        HostileText.Cases(Gen.Select(HostileText.Visible, HostileText.Any, HostileText.Any), 200);

    public static TheoryData<int> Batches => [.. Enumerable.Range(0, 2)];

    [Theory]
    [MemberData(nameof(Batches))]
    public void EveryRenderedBody_IsInert(int batch)
    {
        foreach (var ((title, name, typed), index) in Cases.Select((c, i) => (c, i)).Skip(batch * 100).Take(100))
        {
            foreach (var body in Bodies(title, name, typed))
            {
                var problems = OutboundText.DiscordBodyProblems(body);
                var content = body["content"]!.GetValue<string>();
                Assert.True(problems.Count == 0, $"case {index} title \"{HostileText.Show(title)}\" name \"{HostileText.Show(name)}\" typed \"{HostileText.Show(typed)}\" → \"{HostileText.Show(content)}\": {string.Join("; ", problems)}");
            }
        }
    }

    [Theory]
    [InlineData("\u202Eelpmaxe.live", "elpmaxe.live")]
    [InlineData("tit\u2066le\u2069", "title")]
    [InlineData("@\u200Deveryone", "@\u200Beveryone")]
    [InlineData("h\u200Bttps://x", "https\u200B://x")]
    public void Escape_CleansBeforeEscaping(string typed, string expected)
    {
        Assert.Equal(expected, DiscordText.Escape(typed));
    }

    [Fact]
    public void Code_CleansAndBreaksMentionsAndLinks_KeepingTheCommandReadable()
    {
        Assert.Equal(
            "/watch seek to:'evil.example' @\u200Beveryone https\u200B://x",
            DiscordText.Code("/watch seek to:`\u202Eevil.example` @everyone https://x"));
    }

    private static IEnumerable<JsonNode> Bodies(string title, string name, string typed) =>
        HostileNotices.All(title, name, typed).SelectMany(ViewPayloadTests.Bodies);
}
