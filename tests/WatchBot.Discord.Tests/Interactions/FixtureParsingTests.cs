using System.Text.Json;
using WatchBot.Discord.Interactions;
using WatchBot.Discord.Rest;
using WatchBot.Discord.Tests.Support;

namespace WatchBot.Discord.Tests.Interactions;

/// <summary>Every Discord fixture parses with our models (or, where we only read a part, that part).</summary>
public sealed class FixtureParsingTests
{
    public static TheoryData<string> JsonFixtures => [.. Fixtures.Discord("*.json").Select(Path.GetFileName).OfType<string>()];

    public static TheoryData<string> InteractionFixtures =>
        [.. Fixtures.Discord("discord_interaction_*.json").Select(Path.GetFileName).OfType<string>().Where(n => !n.Contains("_partial", StringComparison.Ordinal))];

    [Fact]
    public void TheFixtureFolder_HoldsDiscordFixtures() => Assert.True(JsonFixtures.Count >= 20);

    [Theory]
    [MemberData(nameof(JsonFixtures))]
    public void EveryDiscordJsonFixture_IsJson(string name)
    {
        using var document = JsonDocument.Parse(Fixtures.Read(name));

        Assert.NotEqual(JsonValueKind.Undefined, document.RootElement.ValueKind);
    }

    [Theory]
    [MemberData(nameof(InteractionFixtures))]
    public void EveryInteractionFixture_ParsesAsAnInteraction(string name)
    {
        using var document = JsonDocument.Parse(Fixtures.Read(name));

        Assert.True(Interaction.TryParse(document.RootElement, out var interaction, out var reason), reason);
        Assert.NotNull(interaction!.Member);
        Assert.NotEmpty(interaction.Token);
        Assert.NotNull(interaction.GuildId);
    }

    [Fact]
    public void PartialAutocompleteFixture_IsRefusedCleanly_AndItsFocusedOptionReadsOnceComplete()
    {
        var text = Fixtures.Read("discord_interaction_autocomplete_focused_option_partial.json");
        using var partial = JsonDocument.Parse(text);
        var completed = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
        completed["id"] = "1";
        completed["token"] = "t";
        using var whole = JsonDocument.Parse(completed.ToJsonString());

        Assert.False(Interaction.TryParse(partial.RootElement, out _, out var reason));
        Assert.Equal("no id or token", reason);
        Assert.True(Interaction.TryParse(whole.RootElement, out var interaction, out _));
        var focused = Assert.Single(interaction!.Options);
        Assert.True(focused.Focused);
        Assert.Equal("data a user is typ", focused.Value);
    }

    [Fact]
    public void ButtonClickFixture_ReadsCustomIdAndPermissions()
    {
        using var document = JsonDocument.Parse(Fixtures.Read("discord_interaction_message_component_button_click.json"));
        Assert.True(Interaction.TryParse(document.RootElement, out var interaction, out _));

        Assert.Equal("click_one", interaction!.CustomId);
        Assert.Equal(2, interaction.ComponentType);
        Assert.Equal(new Snowflake(345626669114982999), interaction.ChannelId);
        Assert.True(interaction.Member!.CanManage); // 17179869183 has every bit up to 1<<33
    }

    [Fact]
    public void SlashCommandFixture_ReadsOptions()
    {
        using var document = JsonDocument.Parse(Fixtures.Read("discord_interaction_slash_command_string_option.json"));
        Assert.True(Interaction.TryParse(document.RootElement, out var interaction, out _));

        Assert.Equal("cardsearch", interaction!.CommandName);
        Assert.Equal("The Gitrog Monster", Assert.Single(interaction.Options).Value);
        Assert.Equal("Mason", interaction.Member!.DisplayName);
    }

    [Theory]
    [InlineData("discord_rest_error_json_50014_example.json", 50014)]
    [InlineData("discord_rest_400_error_50035_array_error.json", 50035)]
    [InlineData("discord_rest_400_error_50035_object_error.json", 50035)]
    public void RestErrorFixtures_YieldTheirCode(string name, int code)
    {
        using var document = JsonDocument.Parse(Fixtures.Read(name));

        Assert.Equal(code, document.RootElement.GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("discord_rest_429_global_scope_body.json", true)]
    [InlineData("discord_rest_429_user_scope_body.json", false)]
    [InlineData("discord_rest_429_shared_scope_body.json", false)]
    public void RateLimitBodies_HaveRetryAfterAndGlobal(string name, bool global)
    {
        using var document = JsonDocument.Parse(Fixtures.Read(name));

        Assert.True(document.RootElement.GetProperty("retry_after").GetDouble() >= 0);
        Assert.Equal(global, document.RootElement.GetProperty("global").GetBoolean());
    }

    [Fact]
    public void MessageObjectFixture_YieldsItsId()
    {
        using var document = JsonDocument.Parse(Fixtures.Read("discord_rest_message_object_example.json"));
        var result = new DiscordResult(200, 0, document.RootElement.Clone());

        Assert.False(string.IsNullOrEmpty(result.Id));
    }

    [Theory]
    [InlineData("discord_rest_429_global_scope_response.http.txt", "global")]
    [InlineData("discord_rest_429_user_scope_response.http.txt", "user")]
    [InlineData("discord_rest_429_shared_scope_response.http.txt", "shared")]
    public void RateLimitResponses_NameTheirScope(string name, string scope)
    {
        var text = Fixtures.Read(name);

        Assert.Contains($"X-RateLimit-Scope: {scope}", text, StringComparison.OrdinalIgnoreCase);
    }
}
