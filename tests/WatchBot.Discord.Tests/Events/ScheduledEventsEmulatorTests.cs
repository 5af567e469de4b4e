using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Events.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Events;

/// <summary>
/// The emulator's scheduled events answer like Discord's (PROTOCOLS §5a): each of Discord's own
/// recurrence examples is taken, and the bodies Discord refuses are refused with its codes.
/// </summary>
public sealed class ScheduledEventsEmulatorTests : IAsyncLifetime
{
    private const string Guild = "1000000000000000002";
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private static readonly HttpClient Http = new();
    private DiscordApiEmulator _api = null!;

    public static TheoryData<string> Examples() => [.. RecurrenceExamples.Read().Keys];

    public async Task InitializeAsync() => _api = await DiscordApiEmulator.StartAsync(_time);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public void TheFixture_HasDiscordsFiveExamples() =>
        Assert.Equal(["Every weekday", "Every Wednesday", "Every other Wednesday", "Monthly on the fourth Wednesday", "Annually on July 24"], RecurrenceExamples.Read().Keys);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task EachOfDiscordsRecurrenceExamples_IsTaken(string example)
    {
        var rule = RecurrenceExamples.Read()[example];
        rule["start"] = "2026-11-25T20:00:00+00:00";

        var (status, answer) = await SendAsync("POST", "", External(rule));

        Assert.Equal(200, status);
        Assert.Equal(rule["frequency"]!.GetValue<int>(), answer!["recurrence_rule"]!["frequency"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"frequency":2,"interval":1,"by_weekday":[2,4]}""")]
    [InlineData("""{"frequency":2,"interval":3,"by_weekday":[2]}""")]
    [InlineData("""{"frequency":3,"interval":2}""")]
    [InlineData("""{"frequency":2,"interval":1,"by_weekday":[7]}""")]
    [InlineData("""{"frequency":2,"interval":1,"by_weekday":[2],"end":"2027-01-01T00:00:00+00:00"}""")]
    [InlineData("""{"frequency":2,"interval":1,"by_weekday":[2],"count":3}""")]
    [InlineData("""{"frequency":3,"interval":1,"by_weekday":[0,2]}""")]
    [InlineData("""{"frequency":1,"interval":1,"by_weekday":[2]}""")]
    [InlineData("""{"frequency":5,"interval":1}""")]
    public async Task RulesDiscordDoesNotAllow_AreRefused(string json)
    {
        var rule = JsonNode.Parse(json)!.AsObject();
        rule["start"] = "2026-11-25T20:00:00+00:00";

        var (status, answer) = await SendAsync("POST", "", External(rule));

        Assert.Equal(400, status);
        Assert.Equal(50035, answer!["code"]!.GetValue<int>());
        Assert.NotNull(answer["errors"]!["recurrence_rule"]);
    }

    [Theory]
    [InlineData("entity_metadata", null, "entity_metadata")]
    [InlineData("scheduled_end_time", null, "scheduled_end_time")]
    [InlineData("channel_id", "\"1000000000000000003\"", "channel_id")]
    [InlineData("name", "\"\"", "name")]
    [InlineData("privacy_level", "1", "privacy_level")]
    [InlineData("scheduled_end_time", "\"2026-11-25T19:00:00+00:00\"", "scheduled_end_time")]
    [InlineData("scheduled_start_time", "\"2026-11-22T19:00:00+00:00\"", "scheduled_start_time")]
    public async Task AnExternalEvent_MustHaveWhatDiscordRequires(string field, string? value, string refused)
    {
        var body = External();
        body[field] = value is null ? null : JsonNode.Parse(value);

        var (status, answer) = await SendAsync("POST", "", body);

        Assert.Equal(400, status);
        Assert.NotNull(answer!["errors"]![refused]);
    }

    [Fact]
    public async Task StatusMovesOnlyTheWaysDiscordAllows()
    {
        var (_, created) = await SendAsync("POST", "", External());
        var id = "/" + created!["id"]!.GetValue<string>();

        Assert.Equal(400, (await SendAsync("PATCH", id, Status(3))).Status);
        Assert.Equal(200, (await SendAsync("PATCH", id, Status(2))).Status);
        Assert.Equal(400, (await SendAsync("PATCH", id, Status(4))).Status);
        Assert.Equal(200, (await SendAsync("PATCH", id, Status(3))).Status);
        Assert.Equal(400, (await SendAsync("PATCH", id, new JsonObject { ["name"] = "Again" })).Status);
        Assert.Equal(204, (await SendAsync("DELETE", id, null)).Status);
        var (gone, error) = await SendAsync("GET", id, null);
        Assert.Equal((404, 10070), (gone, error!["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task WithoutCreateEvents_403_AndTheLimit_30038()
    {
        _api.SetCreateEvents(Guild, granted: false);
        var (denied, why) = await SendAsync("POST", "", External());
        Assert.Equal((403, 50013), (denied, why!["code"]!.GetValue<int>()));

        _api.SetCreateEvents(Guild, granted: true);
        _api.EventLimit = 2;
        Assert.Equal(200, (await SendAsync("POST", "", External())).Status);
        Assert.Equal(200, (await SendAsync("POST", "", External())).Status);
        var (full, code) = await SendAsync("POST", "", External());
        Assert.Equal((400, 30038), (full, code!["code"]!.GetValue<int>()));
    }

    private static JsonObject Status(int status) => new() { ["status"] = status };

    private static JsonObject External(JsonObject? rule = null) => new()
    {
        ["name"] = "Film Club",
        ["privacy_level"] = 2,
        ["entity_type"] = 3,
        ["entity_metadata"] = new JsonObject { ["location"] = "<#1000000000000000003>" },
        ["scheduled_start_time"] = "2026-11-25T20:00:00+00:00",
        ["scheduled_end_time"] = "2026-11-25T22:00:00+00:00",
        ["recurrence_rule"] = rule,
    };

    private async Task<(int Status, JsonNode? Answer)> SendAsync(string method, string path, JsonObject? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), $"{_api.BaseUrl}/guilds/{Guild}/scheduled-events{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", "test-token");
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
