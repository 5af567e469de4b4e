using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WatchBot.Core.Views;
using WatchBot.Discord.Channels;
using WatchBot.Discord.Commands;
using WatchBot.Discord.Events;
using WatchBot.Discord.Gateway.Payloads;
using WatchBot.Discord.Interactions;
using WatchBot.Discord.Rendering;
using WatchBot.Discord.Rest;
using WatchBot.Discord.Tests.Events.Support;
using WatchBot.Discord.Tests.Support;

namespace WatchBot.Discord.Tests.Interactions;

/// <summary>
/// Every Discord fixture in tests/fixtures/platform goes through the code that reads it (inbound) or
/// is compared with what our writers produce (outbound). A new fixture without a mapping here fails,
/// so the folder holds only payloads WatchBot has a use for (SOURCES.md lists those left out).
/// </summary>
public sealed class DiscordFixtureTests
{
    public static TheoryData<string> DiscordFixtures =>
        [.. Fixtures.Discord("*").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(DiscordFixtures))]
    public void EveryFixture_IsReadOrWrittenByOurModels(string name)
    {
        var text = Fixtures.Read(name);
        switch (name)
        {
            case var gateway when gateway.StartsWith("discord_gateway_", StringComparison.Ordinal):
                // Details per opcode in GatewayFixtureTests; here: every one reads as an envelope.
                Assert.InRange(GatewayJson.Parse(Encoding.UTF8.GetBytes(text)).Op, 0, 11);
                break;
            case var partial when partial.StartsWith("discord_interaction_", StringComparison.Ordinal) && partial.EndsWith("_partial.json", StringComparison.Ordinal):
                // Discord shows only type and data here: refused as an interaction, without throwing.
                Assert.False(Interaction.TryParse(Parse(text), out _, out var reason));
                Assert.False(string.IsNullOrEmpty(reason));
                break;
            case var full when full.StartsWith("discord_interaction_", StringComparison.Ordinal):
                Assert.True(Interaction.TryParse(Parse(text), out var interaction, out var why), why);
                Assert.NotNull(interaction!.GuildId);
                Assert.NotNull(interaction.Member);
                break;
            case "discord_rest_user_object_migrated_global_name_example.json":
                // A migrated user ("discriminator": "0") as an interaction's member.user: shown by global_name.
                var withUser = JsonNode.Parse(Fixtures.Read("discord_interaction_slash_command_string_option.json"))!.AsObject();
                withUser["member"]!["user"] = JsonNode.Parse(text);
                Assert.True(Interaction.TryParse(Parse(withUser.ToJsonString()), out var asMember, out _));
                Assert.Equal(("80351110224678912", "Nelly"), (asMember!.Member!.UserId, asMember.Member.DisplayName));
                break;
            case "discord_rest_channel_object_guild_text_nsfw_example.json":
                // What GET /channels/{id} answers: an age-restricted text channel, not a thread.
                var channel = Parse(text);
                Assert.True(ChannelObject.Nsfw(channel));
                Assert.False(ChannelObject.IsThread(channel));
                break;
            case "discord_message_allowed_mentions_suppress_all.json":
                // Ours on every body: exactly Discord's "suppress all mentions" example.
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text)!["allowed_mentions"], new DiscordMessage("x").ToJson()["allowed_mentions"]));
                break;
            case "discord_message_create_request_legacy_action_row_button.json":
                var ours = new DiscordMessage("This is a message with components", [[new DiscordButton("click_one", "Click me!", 1)]]).ToJson();
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text)!["components"], ours["components"]), ours.ToJsonString());
                break;
            case "discord_message_create_request_legacy_string_select.json":
                // Our menu row is Discord's example row: a select alone in an action row, with no field the example lacks
                // (we send min/max 1 where it allows 3, and no emoji); the emulator takes the example as Discord does.
                var example = JsonNode.Parse(text)!["components"]!;
                var select = new DiscordMessage("x") { Select = DiscordMarkup.Select(new ViewChoice("class_select_1", "Choose a class", [new("Rogue", "rogue", "Sneak n stab")])) }.ToJson()["components"]![0]!;
                Assert.Equal(example[0]!["type"]!.GetValue<int>(), select["type"]!.GetValue<int>());
                Assert.Empty(select["components"]![0]!.AsObject().Select(p => p.Key).Except(example[0]!["components"]![0]!.AsObject().Select(p => p.Key)));
                Assert.Empty(select["components"]![0]!["options"]![0]!.AsObject().Select(p => p.Key).Except(example[0]!["components"]![0]!["options"]![0]!.AsObject().Select(p => p.Key)));
                Assert.Null(Emulators.Discord.DiscordComponentRules.Problem(example));
                break;
            case "discord_message_create_request_components_v2_text_and_buttons.json":
                // We send legacy messages, but the action row inside a v2 message is the same object.
                var row = new DiscordMessage("x", [[new DiscordButton("click_me_1", "Click Me", 1), new DiscordButton("click_me_2", "Click Me Too", 2)]]).ToJson();
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text)!["components"]![1], row["components"]![0]), row.ToJsonString());
                break;
            case "discord_rest_create_message_request_example.json":
                var content = JsonNode.Parse(text)!["content"]!.GetValue<string>();
                Assert.Equal(content, new DiscordMessage(content).ToJson()["content"]!.GetValue<string>());
                break;
            case "discord_application_command_create_request_blep.json":
                // Our definition names its fields as Discord's example does, down to an option with choices.
                var blep = JsonNode.Parse(text)!.AsObject();
                var watch = WatchCommandDefinition.Build()[0]!.AsObject();
                Assert.Empty(blep.Select(p => p.Key).Except(watch.Select(p => p.Key)));
                Assert.Equal(blep["type"]!.GetValue<int>(), watch["type"]!.GetValue<int>());
                var withChoices = watch["options"]!.AsArray().SelectMany(s => s!["options"]!.AsArray()).First(o => o!["choices"] is not null)!.AsObject();
                Assert.Empty(blep["options"]![0]!.AsObject().Select(p => p.Key).Except(withChoices.Select(p => p.Key)));
                Assert.Equal(blep["options"]![0]!["type"]!.GetValue<int>(), withChoices["type"]!.GetValue<int>());
                break;
            case "discord_rest_message_object_example.json":
                Assert.False(string.IsNullOrEmpty(new DiscordResult(200, 0, Parse(text)).Id));
                break;
            case "discord_rest_get_gateway_bot_response.json":
                // The fields DiscordRestClient.GetGatewayBotAsync reads, with the types it reads them as.
                var bot = Parse(text);
                var limit = bot.GetProperty("session_start_limit");
                Assert.True(Uri.IsWellFormedUriString(bot.GetProperty("url").GetString(), UriKind.Absolute));
                Assert.True(bot.GetProperty("shards").TryGetInt32(out _) && limit.GetProperty("remaining").TryGetInt32(out _)
                    && limit.GetProperty("reset_after").TryGetDouble(out _) && limit.GetProperty("max_concurrency").TryGetInt32(out _));
                break;
            case "discord_rest_error_json_50014_example.json" or "discord_rest_400_error_50035_array_error.json"
                or "discord_rest_400_error_50035_object_error.json" or "discord_rest_400_error_50035_request_error_command_too_large.json":
                var error = new DiscordResult(400, Parse(text).GetProperty("code").GetInt32(), Parse(text));
                Assert.True(error.Code is 50014 or 50035, name);
                Assert.False(error.IsSuccess || error.IsMissingPermissions);
                break;
            case var body when body.StartsWith("discord_rest_429_", StringComparison.Ordinal) && body.EndsWith("_body.json", StringComparison.Ordinal):
                // Read by the client's 429 handling: retry_after in seconds (with decimals) and global.
                Assert.True(Parse(text).GetProperty("retry_after").GetDouble() > 0);
                Assert.Equal(name.Contains("_global_", StringComparison.Ordinal), Parse(text).GetProperty("global").GetBoolean());
                break;
            case var response when response.StartsWith("discord_rest_429_", StringComparison.Ordinal) && response.EndsWith("_response.http.txt", StringComparison.Ordinal):
                Assert.Contains("X-RateLimit-Scope: ", text, StringComparison.OrdinalIgnoreCase);
                break;
            case RecurrenceExamples.Fixture:
                // Discord's examples as pseudo-code: each is taken by the emulator (ScheduledEventsEmulatorTests);
                // here, the rules we write for weekly series are exactly its weekly examples.
                var examples = RecurrenceExamples.Parse(text);
                var wednesday = new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);
                foreach (var (weeks, title) in new[] { (1, "Every Wednesday"), (2, "Every other Wednesday") })
                {
                    var rule = DiscordRecurrence.Rule(new Listing("session:x", "x", wednesday, wednesday.AddHours(2), ListingStatus.Scheduled, 0, new ListingRepeat(weeks, DayOfWeek.Wednesday)))!;
                    Assert.Equal(examples[title].Select(p => p.Key).Append("start").Order(), rule.Select(p => p.Key).Order());
                    Assert.All(examples[title], p => Assert.True(JsonNode.DeepEquals(p.Value, rule[p.Key]), $"{title}: {p.Key}"));
                }

                break;
            default:
                Assert.Fail($"No mapping for the fixture {name}: add one, or leave it out of the folder and say why in SOURCES.md.");
                break;
        }
    }

    private static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement;
}
