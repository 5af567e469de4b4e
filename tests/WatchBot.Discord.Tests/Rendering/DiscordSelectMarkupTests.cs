using System.Text.Json.Nodes;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Polls.Views;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Rendering;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.Rendering;

/// <summary>The poll card's menu as Discord JSON: a String Select alone in the first row, within Discord's limits, with allowed_mentions.</summary>
public sealed class DiscordSelectMarkupTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void APollCard_IsContentPlusOneSelectRow_WithNoMentionsAllowed()
    {
        var (poll, booking) = Poll(3);

        var json = DiscordMarkup.Card(PollCard.Of(poll, booking)).ToJson();

        Assert.True(JsonNode.DeepEquals(new JsonObject { ["parse"] = new JsonArray() }, json["allowed_mentions"]));
        var row = Assert.Single(json["components"]!.AsArray())!;
        Assert.Equal(1, row["type"]!.GetValue<int>());
        var select = Assert.Single(row["components"]!.AsArray())!.AsObject();
        Assert.Equal(
            ["type", "custom_id", "placeholder", "min_values", "max_values", "options"],
            select.Select(p => p.Key));
        Assert.Equal((3, "watch:vote:booking0001", 1, 1), (select["type"]!.GetValue<int>(), select["custom_id"]!.GetValue<string>(), select["min_values"]!.GetValue<int>(), select["max_values"]!.GetValue<int>()));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"label":"2. Film 2","value":"2","description":"0 votes · by bob"}"""),
            select["options"]![1]));
        Assert.Null(DiscordComponentRules.Problem(json["components"]));
    }

    [Fact]
    public void ThirtyTitles_ShowTwentyFive_LongTextsAreCut_AndDiscordWouldTakeIt()
    {
        var (poll, booking) = Poll(30, title: n => new string('x', 90) + " 🎬 " + n);

        var json = DiscordMarkup.Card(PollCard.Of(poll, booking)).ToJson();

        var select = json["components"]![0]!["components"]![0]!;
        Assert.Equal(25, select["options"]!.AsArray().Count);
        Assert.All(select["options"]!.AsArray(), o => Assert.InRange(o!["label"]!.GetValue<string>().Length, 1, 100));
        Assert.Contains("/watch vote n:", select["placeholder"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(DiscordComponentRules.Problem(json["components"]));
    }

    [Fact]
    public void AClosedPoll_RemovesTheMenu_WithAnEmptyComponentList()
    {
        var (poll, booking) = Poll(2);

        var json = DiscordMarkup.Card(PollCard.Of(poll with { ClosedAt = At, Winner = "Film 1" }, booking)).ToJson();

        Assert.Empty(json["components"]!.AsArray());
    }

    [Fact]
    public void ADisabledMenu_IsSentDisabled_AndButtonsFollowItsRow()
    {
        var choice = new ViewChoice("watch:vote:booking0001", "Pick", [new("1. A", "1")]) { Disabled = true };
        var card = new Card("poll:x", [ViewLine.Of(new TextPart("x"))], [[new ViewAction("watch:ready:booking0001", "Ready")]]) { Choice = choice };

        var rows = DiscordMarkup.Card(card).ToJson()["components"]!.AsArray();

        Assert.Equal(2, rows.Count);
        Assert.True(rows[0]!["components"]![0]!["disabled"]!.GetValue<bool>());
        Assert.Equal(2, rows[1]!["components"]![0]!["type"]!.GetValue<int>());
        Assert.Null(DiscordComponentRules.Problem(rows));
    }

    [Theory]
    [InlineData("""[{"type":1,"components":[{"type":3,"custom_id":"a","options":[]}]}]""")]
    [InlineData("""[{"type":1,"components":[{"type":3,"options":[{"label":"a","value":"a"}]}]}]""")]
    [InlineData("""[{"type":1,"components":[{"type":3,"custom_id":"a","options":[{"label":"a","value":"a"}]},{"type":2,"style":1,"custom_id":"b","label":"b"}]}]""")]
    [InlineData("""[{"type":1,"components":[{"type":3,"custom_id":"a","options":[{"label":"a","value":"a"},{"label":"b","value":"a"}]}]}]""")]
    [InlineData("""[{"type":1,"components":[{"type":3,"custom_id":"a","max_values":2,"options":[{"label":"a","value":"a"}]}]}]""")]
    public void TheEmulator_RefusesComponentsDiscordWouldRefuse(string components) =>
        Assert.NotNull(DiscordComponentRules.Problem(JsonNode.Parse(components)));

    [Fact]
    public void TheEmulator_RefusesTwentySixOptions()
    {
        var options = new JsonArray([.. Enumerable.Range(1, 26).Select(n => (JsonNode)new JsonObject { ["label"] = $"{n}", ["value"] = $"{n}" })]);
        var components = new JsonArray(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(new JsonObject { ["type"] = 3, ["custom_id"] = "a", ["options"] = options }) });

        Assert.Contains("25", DiscordComponentRules.Problem(components), StringComparison.Ordinal);
    }

    private static (MoviePoll Poll, WatchSession Booking) Poll(int titles, Func<int, string>? title = null)
    {
        var channel = new ChannelAddress("discord", "1", "2");
        var host = new UserRef("discord", "10", "alice");
        var booking = new WatchSession
        {
            Id = new SessionId("booking0001"),
            Channel = channel,
            Title = "Movie night",
            Host = host,
            Phase = SessionPhase.Scheduled,
            Clock = MediaClock.Stopped(At, null),
            ScheduledFor = At.AddHours(3),
            CreatedAt = At,
        };
        var poll = new MoviePoll
        {
            Id = new PollId("poll0001"),
            Session = booking.Id,
            Channel = channel,
            OpenedBy = host,
            OpenedAt = At,
            ClosesAt = At.AddHours(2),
            Nominations = [.. Enumerable.Range(1, titles).Select(n => new Nomination(n, title?.Invoke(n) ?? $"Film {n}", new UserRef("discord", $"{10 + n}", n % 2 == 0 ? "bob" : "carol"), At.AddMinutes(n)))],
            NextNumber = titles + 1,
        };
        return (poll, booking);
    }
}
