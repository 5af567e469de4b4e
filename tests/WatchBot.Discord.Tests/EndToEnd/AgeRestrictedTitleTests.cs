using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// <c>/watch start … rated:18</c> through the signed HTTP endpoint: refused privately outside an
/// age-restricted channel, accepted in one. The flag comes from the interaction's partial channel when
/// it is there (not on a thread), else from <c>GET /channels/{id}</c> on the emulator, and for a thread
/// from its parent (PROTOCOLS §5d). Channel shapes are Discord's own samples.
/// </summary>
public sealed class AgeRestrictedTitleTests : IAsyncLifetime
{
    private const string Normal = "1300000000000000001";
    private const string NormalThread = "1300000000000000002";
    private const string NsfwThread = "1300000000000000003";
    private const string Unknown = "1300000000000000004";

    /// <summary>The age-restricted channel of Discord's "Example Guild Text Channel" (fixture).</summary>
    private static readonly JsonObject NsfwChannel = JsonNode.Parse(Fixtures.Read("discord_rest_channel_object_guild_text_nsfw_example.json"))!.AsObject();

    private static readonly string Nsfw = NsfwChannel["id"]!.GetValue<string>();

    /// <summary>The refusal's words as Discord markup writes them (a hyphen is escaped).</summary>
    private const string Refusal = "rated:18 titles are for age\\-restricted channels only";

    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await DiscordHttpHarness.StartAsync();
        _bot.Api.SetChannel(NsfwChannel);
        _bot.Api.SetChannel(Normal, type: 0);
        _bot.Api.SetChannel(NormalThread, type: 11, parentId: Normal);
        _bot.Api.SetChannel(NsfwThread, type: 11, parentId: Nsfw);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task InANormalChannel_WithoutTheFlagInThePayload_TheChannelIsFetched_AndTheTitleRefusedPrivately()
    {
        var answer = await RatedAsync(Normal);

        Assert.Contains(Refusal, answer, StringComparison.Ordinal);
        Assert.Contains("Age\\-Restricted Channel on", answer, StringComparison.Ordinal);
        Assert.Single(Gets(Normal));
        Assert.DoesNotContain(_bot.Api.Calls, c => c.Method == "POST" && c.Path == $"/channels/{Normal}/messages");
    }

    [Fact]
    public async Task InAThreadOfANormalChannel_TheParentDecides_AndTheTitleIsRefused()
    {
        var answer = await RatedAsync(NormalThread);

        Assert.Contains(Refusal, answer, StringComparison.Ordinal);
        Assert.Single(Gets(NormalThread));
        Assert.Single(Gets(Normal));
    }

    [Fact]
    public async Task InAnNsfwChannel_TheTitleIsAccepted_AndTheCardSays18Plus()
    {
        var answer = await RatedAsync(Nsfw);

        Assert.Equal("Done: /watch start.", answer);
        var card = await _bot.WaitForCallAsync(c => c.Method == "POST" && c.Path == $"/channels/{Nsfw}/messages");
        var content = JsonNode.Parse(card.Body)!["content"]!.GetValue<string>();
        Assert.True(content.Contains("🔞 18+ · Host", StringComparison.Ordinal), content);
    }

    [Fact]
    public async Task InAThreadOfAnNsfwChannel_TheParentIsFetched_AndTheTitleIsAccepted()
    {
        var answer = await RatedAsync(NsfwThread);

        Assert.Equal("Done: /watch start.", answer);
        Assert.Single(Gets(NsfwThread));
        Assert.Single(Gets(Nsfw));
    }

    [Fact]
    public async Task AnAnswerIsKeptBriefly_ASecondRatedCommandAsksDiscordNoMore()
    {
        await RatedAsync(Normal);
        await RatedAsync(Normal);

        Assert.Single(Gets(Normal));
    }

    [Theory]
    [InlineData(true, "Done: /watch start.")]
    [InlineData(false, Refusal)]
    public async Task WhenThePartialChannelCarriesTheFlag_ItDecides_AndNothingIsFetched(bool nsfw, string expected)
    {
        // The partial channel of Discord's modal-submit sample (fixture), on a channel the emulator does not know.
        var sample = JsonNode.Parse(Fixtures.Read("discord_interaction_modal_submit_text_input_legacy_action_row_full.json"))!;
        var channel = sample["channel"]!.DeepClone().AsObject();
        channel["id"] = Unknown;
        channel["nsfw"] = nsfw;
        var interaction = Rated(Unknown);
        interaction["channel"] = channel;

        var (_, answer) = await _bot.SendAsync(interaction);

        Assert.Contains(expected, DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
        Assert.Empty(Gets(Unknown));
    }

    [Fact]
    public async Task WhenTheChannelCannotBeRead_TheTitleIsRefused_TheSafeSide()
    {
        var answer = await RatedAsync(Unknown);

        Assert.Contains(Refusal, answer, StringComparison.Ordinal);
        Assert.Single(Gets(Unknown));
    }

    [Fact]
    public async Task AnUnratedTitle_NeverFetchesTheChannel()
    {
        var (_, answer) = await _bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Heat" }, channelId: Normal));

        Assert.Equal("Done: /watch start.", DiscordHttpHarness.Content(answer));
        Assert.Empty(Gets(Normal));
    }

    private static JsonObject Rated(string channelId) =>
        DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Heat", ["rated"] = "18" }, channelId: channelId);

    private async Task<string> RatedAsync(string channelId)
    {
        var (status, answer) = await _bot.SendAsync(Rated(channelId));
        Assert.Equal(200, status);
        return DiscordHttpHarness.Content(answer);
    }

    private List<DiscordApiCall> Gets(string channelId) =>
        [.. _bot.Api.Calls.Where(c => c.Method == "GET" && c.Path == $"/channels/{channelId}")];
}
