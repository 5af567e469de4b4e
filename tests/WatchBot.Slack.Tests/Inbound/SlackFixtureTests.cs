using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using WatchBot.Slack.Api;
using WatchBot.Slack.Inbound;
using WatchBot.Slack.SocketMode;
using WatchBot.Slack.Tests.Manifest;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Inbound;

/// <summary>
/// Every Slack fixture in tests/fixtures/platform goes through the model that would read it in
/// production. A new fixture without a mapping here fails, so none is skipped silently.
/// </summary>
public sealed class SlackFixtureTests
{
    public static TheoryData<string> SlackFixtures() => [.. Fixtures.SlackNames()];

    [Fact]
    public void TheFixtureFolder_HoldsTheSlackFixtures()
    {
        Assert.True(Fixtures.SlackNames().Count() >= 35, "expected the Slack fixtures in " + Fixtures.Folder);
    }

    [Theory]
    [MemberData(nameof(SlackFixtures))]
    public void EveryFixture_ParsesWithOurModels(string name)
    {
        var text = Fixtures.Read(name);
        switch (name)
        {
            case "slack_events_event_callback_envelope_docs_example.jsonc":
                // Not skipped silently: Slack published this sample as invalid JSON (trailing comma, "...");
                // the test pins that fact so a corrected copy gets a real mapping.
                Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
                break;
            case "slack_slash_command_request_body_form_urlencoded_signed_example.txt":
                var form = new FormReader(text).ReadForm();
                var command = SlashCommand.From(k => form.TryGetValue(k, out var v) ? v.ToString() : null);
                Assert.NotNull(command);
                Assert.Equal(("T1DC2JH3J", "G8PSS9T3V", "U2CERLKJA", "/webhook-collect", ""), (command.TeamId, command.ChannelId, command.UserId, command.Command, command.Text));
                Assert.Equal("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN", command.ResponseUrl);
                break;
            case "slack_slash_command_payload_all_fields_shape.json":
                // Values are blanked in this shape sample: tolerated, and refused as unusable rather than thrown on.
                Assert.Null(SlashCommand.FromJson(Parse(text)));
                break;
            case "slack_socket_mode_envelope_slash_commands.json" or "slack_socket_mode_envelope_slash_commands_minified.json"
                or "slack_socket_mode_envelope_slash_commands_docs_example.json":
                var envelope = Parse(text);
                Assert.Equal("slash_commands", envelope.GetProperty("type").GetString());
                var fromSocket = SlashCommand.FromJson(envelope.GetProperty("payload"));
                Assert.NotNull(fromSocket);
                Assert.StartsWith("/", fromSocket.Command, StringComparison.Ordinal);
                break;
            case "slack_socket_mode_envelope_interactive_block_actions_message_button.json":
                var payload = Parse(text).GetProperty("payload");
                var click = BlockAction.FromJson(payload);

                // Expected values come from the fixture itself, never from what the mapper returned.
                var actionTs = payload.GetProperty("actions")[0].GetProperty("action_ts").GetString();
                Assert.Equal(new BlockAction("T111", "C111", "U111", "test-test-test", "a", "underlying", actionTs, payload.GetProperty("response_url").GetString()), click);
                break;
            case "slack_interaction_block_actions_payload_button_docs_example.json":
                var docsClick = BlockAction.FromJson(Parse(text));
                Assert.NotNull(docsClick);
                Assert.Equal(("T9TK3CUKW", "CBR2V3XEX", "UA8RXUSPL"), (docsClick.TeamId, docsClick.ChannelId, docsClick.UserId));
                break;
            case "slack_interaction_block_actions_all_fields_shape.json":
                Assert.Null(BlockAction.FromJson(Parse(text)));
                break;
            case "slack_interaction_block_actions_home_tab_docs_example.json":
                // A Home tab click has no channel: not one of our message buttons.
                Assert.Null(BlockAction.FromJson(Parse(text)));
                break;
            case "slack_interaction_block_actions_message_state_selected_option.json":
                // A click in an ephemeral message: the button is read; the message's select state is ignored.
                var ephemeralClick = BlockAction.FromJson(Parse(text));
                Assert.Equal(new BlockAction("T111", "C111", "U111", "seratch", "save", "1", "1606455407.603639", "https://hooks.slack.com/actions/T111/111/xxx"), ephemeralClick);
                break;
            case "slack_socket_mode_envelope_interactive_block_actions_static_select_modal_large_minified.json":
                // 67 KB in one frame: read whole as an envelope, then refused as a click (a select in a modal has no channel).
                var large = Assert.IsType<SocketModeEnvelope>(SocketModeMessageParser.Parse(text));
                Assert.Equal(SocketModeEnvelope.Interactive, large.EnvelopeType);
                Assert.Equal("block_actions", large.Payload.GetProperty("type").GetString());
                Assert.Null(BlockAction.FromJson(large.Payload));
                break;
            case "slack_interaction_view_submission_static_select_datepicker_text.json" or "slack_interaction_view_submission_timepicker_timezone_org_app.json"
                or "slack_interaction_view_submission_all_fields_shape.json":
                // WatchBot opens no modals: a view_submission reaching the interaction endpoint is refused, not thrown on.
                Assert.Equal("view_submission", Parse(text).GetProperty("type").GetString());
                Assert.Null(BlockAction.FromJson(Parse(text)));
                break;
            case "slack_block_kit_static_select_section_docs_example.json":
                // Our menu is Slack's example element (in an actions block rather than a section's accessory), with no
                // field the example lacks but an option's optional description; the emulator takes the example as Slack does.
                var accessory = JsonNode.Parse(text)![0]!["accessory"]!.AsObject();
                var ours = WatchBot.Slack.Rendering.SlackMarkup.Card(new Core.Views.Card("poll:p", [Core.Views.ViewLine.Of(new Core.Views.TextPart("Pick"))], [])
                {
                    Choice = new Core.Views.ViewChoice("watch:vote:abc123", "Select an item", [new("Rogue", "rogue")]),
                }).Blocks![1]!["elements"]![0]!.AsObject();
                Assert.Empty(ours.Select(p => p.Key).Except(accessory.Select(p => p.Key)));
                Assert.Empty(ours["options"]![0]!.AsObject().Select(p => p.Key).Except(accessory["options"]![0]!.AsObject().Select(p => p.Key)));
                Assert.Equal(accessory["placeholder"]!["type"]!.GetValue<string>(), ours["placeholder"]!["type"]!.GetValue<string>());
                Assert.Null(Emulators.Slack.SlackBlockRules.Problem(JsonNode.Parse(text)));
                break;
            case "slack_events_url_verification_request.json":
                Assert.Equal("url_verification", Parse(text).GetProperty("type").GetString());
                Assert.False(string.IsNullOrEmpty(Parse(text).GetProperty("challenge").GetString()));
                break;
            case "slack_events_app_rate_limited.json" or "slack_event_reaction_added_inner_event.json"
                or "slack_socket_mode_envelope_events_api_app_mention.json" or "slack_socket_mode_hello.json" or "slack_socket_mode_hello_minified.json"
                or "slack_socket_mode_disconnect_link_disabled.json" or "slack_socket_mode_disconnect_refresh_requested.json"
                or "slack_socket_mode_disconnect_too_many_websockets_minified.json" or "slack_socket_mode_disconnect_warning.json":
                // Typed messages this edge acknowledges without acting on (Socket Mode's own are read by its client).
                Assert.False(string.IsNullOrEmpty(Parse(text).GetProperty("type").GetString()));
                break;
            case "slack_socket_mode_ack_interactive_plain.json" or "slack_socket_mode_ack_slash_commands_with_blocks.json":
                Assert.False(string.IsNullOrEmpty(Parse(text).GetProperty("envelope_id").GetString()));
                break;
            case "slack_slash_command_response_in_channel.json":
                Assert.Equal("in_channel", Parse(text).GetProperty("response_type").GetString());
                break;
            case "slack_web_chat_postMessage_response_ok.json" or "slack_web_chat_update_response_ok.json":
                var posted = SlackApiResult.Parse(text);
                Assert.True(posted.Ok);
                Assert.Contains(".", posted.Get("ts"), StringComparison.Ordinal);
                break;
            case "slack_web_chat_postEphemeral_response_ok.json":
                Assert.Equal("1502210682.580145", SlackApiResult.Parse(text).Get("message_ts"));
                break;
            case "slack_web_chat_scheduleMessage_response_ok.json":
                Assert.Equal("Q1298393284", SlackApiResult.Parse(text).Get("scheduled_message_id"));
                break;
            case "slack_web_chat_postMessage_response_error.json":
                Assert.Equal("too_many_attachments", SlackApiResult.Parse(text).Error);
                break;
            case "slack_web_chat_scheduleMessage_response_error.json":
                Assert.Equal("time_in_past", SlackApiResult.Parse(text).Error);
                break;
            case "slack_web_chat_deleteScheduledMessage_response_error.json":
                Assert.Equal("invalid_scheduled_message_id", SlackApiResult.Parse(text).Error);
                break;
            case "slack_web_users_info_response_error.json":
                Assert.Equal("user_not_found", SlackApiResult.Parse(text).Error);
                break;
            case "slack_web_views_open_response_error_invalid_arguments.json":
                var invalid = SlackApiResult.Parse(text);
                Assert.Equal(("invalid_arguments", false), (invalid.Error, invalid.IsNotInChannel));
                break;
            case "slack_web_users_info_response_ok.json" or "slack_web_conversations_info_response_ok.json"
                or "slack_web_views_open_response_ok.json" or "slack_web_chat_scheduledMessages_list_response_ok.json":
                // Methods WatchBot does not call yet: the one response model still reads them as successes with their body.
                var other = SlackApiResult.Parse(text);
                Assert.True(other.Ok);
                Assert.Null(other.Error);
                Assert.Contains(other.Body!, field => field.Key is "user" or "channel" or "view" or "scheduled_messages");
                break;
            case "slack_web_apps_connections_open_response_ok.json":
                Assert.Equal("wss://wss.slack.com/link/?ticket=1234-5678", SlackApiResult.Parse(text).Get("url"));
                break;
            case var shape when shape.StartsWith("slack_web_", StringComparison.Ordinal) && shape.EndsWith("_all_fields_shape.json", StringComparison.Ordinal):
                // "ok": false beside success fields, error blank: read without throwing, reported as a failure.
                var blank = SlackApiResult.Parse(text);
                Assert.False(blank.Ok);
                Assert.NotNull(blank.Body);
                break;
            case "slack_web_rate_limit_tiers_by_method.json":
                var tiers = Parse(text);
                foreach (var (method, perMinute) in new[] { ("chat.update", 50), ("chat.postEphemeral", 100), ("chat.scheduleMessage", 50), ("chat.deleteScheduledMessage", 50) })
                {
                    Assert.Equal(perMinute == 100 ? "Tier4" : "Tier3", tiers.GetProperty(method).GetString());
                    Assert.Equal(perMinute, SlackMethodTiers.PerMinute(method));
                }

                Assert.Equal("Tier1", tiers.GetProperty("apps.connections.open").GetString());
                Assert.StartsWith("Special", tiers.GetProperty("chat.postMessage").GetString(), StringComparison.Ordinal);
                break;
            case "slack_app_manifest_schema_1.0.0.json":
                Assert.Empty(new MiniJsonSchema(JsonNode.Parse(text)!).Validate(JsonNode.Parse(Fixtures.Read("slack_app_manifest_v1_valid_socket_mode_slash_command.json"))));
                break;
            case "slack_app_manifest_v1_valid_socket_mode_slash_command.json" or "slack_app_manifest_v1_invalid.json" or "slack_app_manifest_docs_example_v2_zork.json":
                // Validated against the schema in SlackAppManifestTests; here: they read as manifests.
                Assert.True(Parse(text).TryGetProperty("display_information", out _));
                break;
            default:
                Assert.Fail($"No mapping for the fixture {name}: add one.");
                break;
        }
    }

    private static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement;
}
