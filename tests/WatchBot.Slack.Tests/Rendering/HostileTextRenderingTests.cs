using System.Text.Json.Nodes;
using CsCheck;
using WatchBot.Slack.Api;
using WatchBot.Slack.Rendering;
using WatchBot.Testing.Hostile;

namespace WatchBot.Slack.Tests.Rendering;

/// <summary>
/// Every notice rendered for Slack with hostile text in every field (seeded cases): no text of any
/// message (blocks, the text fallback, the scheduled GO, ephemeral lines, reaction batches) carries a
/// Slack control sequence, an auto-linkable URL or an invisible character.
/// </summary>
public sealed class HostileTextRenderingTests
{
    private static readonly IReadOnlyList<(string Title, string Name, string Typed)> Cases =
        HostileText.Cases(Gen.Select(HostileText.Visible, HostileText.Any, HostileText.Any), 200);

    public static TheoryData<int> Batches => [.. Enumerable.Range(0, 2)];

    [Theory]
    [MemberData(nameof(Batches))]
    public void EveryRenderedText_IsInert(int batch)
    {
        foreach (var ((title, name, typed), index) in Cases.Select((c, i) => (c, i)).Skip(batch * 100).Take(100))
        {
            foreach (var text in Texts(title, name, typed))
            {
                var problems = OutboundText.SlackProblems(text);
                Assert.True(problems.Count == 0, $"case {index} title \"{HostileText.Show(title)}\" name \"{HostileText.Show(name)}\" typed \"{HostileText.Show(typed)}\" → \"{HostileText.Show(text)}\": {string.Join("; ", problems)}");
            }
        }
    }

    [Theory]
    [InlineData("https://evil.example", "https\u2236//evil\u2024example")]
    [InlineData("see www.evil.example/x now", "see www\u2024evil\u2024example/x now")]
    [InlineData("mail bob@evil.example", "mail bob@evil\u2024example")]
    [InlineData("mailto:bob", "mailto\u2236bob")]
    [InlineData("title:\"Mr.Robot\" at:\"in 2h\"", "title:\"Mr\u2024Robot\" at:\"in 2h\"")]
    [InlineData("to:1:02:03", "to:1:02:03")]
    [InlineData("Host \u202Eelpmaxe.live", "Host elpmaxe\u2024live")]
    [InlineData("h\u200Bttps://x", "https\u2236//x")]
    [InlineData("<https://x|y>", "&lt;https\u2236//x|y&gt;")]
    public void Escape_CleansAndDefusesLinks_ReadingTheSame(string typed, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(typed));
    }

    private static IEnumerable<string> Texts(string title, string name, string typed)
    {
        foreach (var notice in HostileNotices.All(title, name, typed))
        {
            var view = notice.ToChannel();
            var messages = view.Announcements.Select(SlackMarkup.Announcement)
                .Append(view.Card is { } card ? SlackMarkup.Card(card) : null)
                .Append(view.Ahead is { } ahead ? SlackMarkup.Announcement(ahead.Announcement) : null);
            foreach (var text in messages.SelectMany(Texts))
            {
                yield return text;
            }

            if (notice.ToReply() is { } reply)
            {
                yield return SlackMarkup.Reply(reply);
            }
        }
    }

    private static IEnumerable<string> Texts(SlackMessage? message) =>
        message is null ? [] : [message.Text, .. OutboundText.SlackTexts(message.Blocks ?? new JsonArray())];
}
