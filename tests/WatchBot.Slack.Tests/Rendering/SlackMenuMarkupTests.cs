using System.Text.Json.Nodes;
using WatchBot.Core.Views;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Tests.Rendering;

/// <summary>A card's menu as Block Kit: a static_select in its own actions block, plain_text cut to Slack's limits, never a disabled one.</summary>
public sealed class SlackMenuMarkupTests
{
    private const string Id = "watch:vote:booking0001";

    [Fact]
    public void TheMenu_IsAStaticSelect_InItsOwnActionsBlock_BeforeTheButtons()
    {
        var card = Card(new ViewChoice(Id, "Vote for a title", [new("1. Heat", "1", "2 votes · by bob"), new("2. <!channel> *Ronin*", "2")]))
            with { Actions = [[new ViewAction("watch:ready:booking0001", "Ready")]] };

        var blocks = SlackMarkup.Card(card).Blocks!;

        var menu = blocks[1]!.AsObject();
        Assert.Equal(("actions", "menu:poll:p1"), (menu["type"]!.GetValue<string>(), menu["block_id"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$$"""
                {"type":"static_select","action_id":"{{{Id}}}","placeholder":{"type":"plain_text","text":"Vote for a title","emoji":true},
                 "options":[{"text":{"type":"plain_text","text":"1. Heat","emoji":true},"value":"1","description":{"type":"plain_text","text":"2 votes · by bob","emoji":true}},
                            {"text":{"type":"plain_text","text":"2. <!channel> *Ronin*","emoji":true},"value":"2"}]}
                """),
            menu["elements"]![0]));
        Assert.Equal("button", blocks[2]!["elements"]![0]!["type"]!.GetValue<string>());
        Assert.Null(SlackBlockRules.Problem(blocks));
    }

    [Fact]
    public void LongTexts_AreCutToSeventyFive_AndSlackWouldTakeThem()
    {
        var card = Card(new ViewChoice(Id, new string('p', 200), [new(new string('t', 90) + "🎬🎬", "1", new string('d', 80))]));

        var select = SlackMarkup.Card(card).Blocks![1]!["elements"]![0]!;

        Assert.InRange(select["options"]![0]!["text"]!["text"]!.GetValue<string>().Length, 1, 75);
        Assert.InRange(select["options"]![0]!["description"]!["text"]!.GetValue<string>().Length, 1, 75);
        Assert.InRange(select["placeholder"]!["text"]!.GetValue<string>().Length, 1, 150);
        Assert.Null(SlackBlockRules.Problem(SlackMarkup.Card(card).Blocks));
    }

    [Fact]
    public void ADisabledMenu_OrOneWithAnIdNotOurs_IsLeftOut()
    {
        Assert.Single(SlackMarkup.Card(Card(new ViewChoice(Id, "x", [new("a", "1")]) { Disabled = true })).Blocks!);
        Assert.Single(SlackMarkup.Card(Card(new ViewChoice("elsewhere", "x", [new("a", "1")]))).Blocks!);
    }

    [Theory]
    [InlineData("""[{"type":"actions","elements":[{"type":"static_select","placeholder":{"type":"plain_text","text":"x"},"options":[{"text":{"type":"plain_text","text":"a"},"value":"1"}]}]}]""")]
    [InlineData("""[{"type":"actions","elements":[{"type":"static_select","action_id":"a","options":[]}]}]""")]
    [InlineData("""[{"type":"actions","elements":[{"type":"static_select","action_id":"a","disabled":true,"options":[{"text":{"type":"plain_text","text":"a"},"value":"1"}]}]}]""")]
    [InlineData("""[{"type":"actions","elements":[{"type":"static_select","action_id":"a","options":[{"text":{"type":"mrkdwn","text":"a"},"value":"1"}]}]}]""")]
    [InlineData("""[{"type":"actions","block_id":"b","elements":[{"type":"button","action_id":"x","text":{"type":"plain_text","text":"a"}}]},{"type":"actions","block_id":"b","elements":[{"type":"button","action_id":"y","text":{"type":"plain_text","text":"a"}}]}]""")]
    public void TheEmulator_RefusesBlocksSlackWouldRefuse(string blocks) =>
        Assert.NotNull(SlackBlockRules.Problem(JsonNode.Parse(blocks)));

    private static Card Card(ViewChoice choice) => new("poll:p1", [ViewLine.Of(new TextPart("Poll"))], []) { Choice = choice };
}
