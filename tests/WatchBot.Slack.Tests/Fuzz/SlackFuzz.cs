using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using WatchBot.Emulators.Fuzz;
using WatchBot.Emulators.Slack;
using WatchBot.Emulators.Slack.SocketMode;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Fuzz;

/// <summary>
/// The Slack payloads the fuzz tests mutate: recorded fixtures and the emulator's builders, per
/// endpoint, and what every run checks afterwards.
/// </summary>
internal static class SlackFuzz
{
    public const int Cases = 10_000;

    /// <summary>A channel no fuzz case targets, for the closing <c>/watch status</c>.</summary>
    public const string QuietChannel = "C0QUIET";

    public static Gen<(int Seed, JsonMutation[] Mutations, int Spoil)> JsonCases(int seeds) =>
        Gen.Select(Gen.Int[0, seeds - 1], JsonMutation.Any.Array[1, 3], Gen.Int[0, 19]);

    /// <summary>A seed, its mutations, and a fresh trigger id (a repeated one is answered as a retry).</summary>
    public static Gen<(int Seed, FormMutation[] Mutations, long Trigger)> FormCases(int seeds) =>
        Gen.Select(Gen.Int[0, seeds - 1], FormMutation.Any.Array[1, 3], Gen.Long[1, long.MaxValue]);

    /// <summary>The form bytes of a command case.</summary>
    public static byte[] Command(IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> seeds, (int Seed, FormMutation[] Mutations, long Trigger) c)
    {
        // Spread over 16 channels: one channel's commands queue behind its lock, as they would in Slack.
        var channel = $"C0FUZZ{c.Trigger % 16:00}";
        var fields = seeds[c.Seed].Select(f => f.Key switch
        {
            "trigger_id" => new KeyValuePair<string, string>(f.Key, $"fuzz.{c.Trigger}"),
            "channel_id" when f.Value == SlackHttpHost.Channel => new KeyValuePair<string, string>(f.Key, channel),
            _ => f,
        }).ToList();
        return FormMutation.Encode(fields, c.Mutations);
    }

    public static IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> CommandSeeds(SlackRequestSender sender)
    {
        var recorded = new FormReader(Fixtures.Read("slack_slash_command_request_body_form_urlencoded_signed_example.txt").Trim()).ReadForm()
            .Select(f => new KeyValuePair<string, string>(f.Key, f.Value.ToString())).ToList();
        return
        [
            recorded,
            [.. sender.CommandFields(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "start title:\"Fuzz\" in:10m")],
            [.. sender.CommandFields(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "pause")],
            [.. sender.CommandFields(SlackHttpHost.Team, SlackHttpHost.Channel, SlackHttpHost.Moderator, "mod add user:<@UBOB|bob>")],
            [.. sender.CommandFields(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "react emoji:🔥")],
        ];
    }

    public static IReadOnlyList<JsonObject> InteractionSeeds(SlackRequestSender sender) =>
    [
        Parse("slack_interaction_block_actions_payload_button_docs_example.json"),
        Parse("slack_interaction_block_actions_all_fields_shape.json"),
        Parse("slack_interaction_view_submission_static_select_datepicker_text.json"),
        sender.ClickPayload(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "watch_pause", "0123456789abcdef"),
        sender.ClickPayload(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "watch_react", "0123456789abcdef|fire"),
        Pick(sender, "watch:vote:0123456789abcdef", "2"),
        Pick(sender, "watch:vote:0123456789abcdef", null),
    ];

    /// <summary>A pick in a poll's static_select (<paramref name="value"/> null: the menu cleared).</summary>
    private static JsonObject Pick(SlackRequestSender sender, string actionId, string? value)
    {
        var pick = sender.ClickPayload(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", actionId, "");
        var action = pick["actions"]![0]!.AsObject();
        action["type"] = "static_select";
        action.Remove("value");
        action["selected_option"] = value is null ? null : new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value + ". Film" }, ["value"] = value };
        return pick;
    }

    public static IReadOnlyList<JsonObject> EventSeeds() =>
    [
        Parse("slack_events_url_verification_request.json"),
        Parse("slack_events_app_rate_limited.json"),
        JsonNode.Parse("""{"type":"event_callback","event_id":"Ev0FUZZ","team_id":"T0TEAM","event":""" + Fixtures.Read("slack_event_reaction_added_inner_event.json") + "}")!.AsObject(),
    ];

    public static IReadOnlyList<JsonObject> EnvelopeSeeds() =>
    [
        Parse("slack_socket_mode_envelope_slash_commands.json"),
        Parse("slack_socket_mode_envelope_interactive_block_actions_message_button.json"),
        Parse("slack_socket_mode_envelope_events_api_app_mention.json"),
        SocketModeFrames.SlashCommand("start title:\"Fuzz\" in:10m"),
        SocketModeFrames.BlockAction("watch_pause", "0123456789abcdef"),
        SocketModeFrames.AppMention("hello"),
    ];

    /// <summary>JSON bytes of a case; <paramref name="invalidUtf8"/> false for WebSocket frames.</summary>
    public static byte[] Json(IReadOnlyList<JsonObject> seeds, (int Seed, JsonMutation[] Mutations, int Spoil) c, bool invalidUtf8, Action<JsonObject>? fresh = null)
    {
        var seed = seeds[c.Seed].DeepClone().AsObject();
        fresh?.Invoke(seed);
        var mutated = JsonMutation.ApplyAll(seed, c.Mutations);
        return FuzzBytes.Json(mutated?.ToJsonString() ?? "null", invalidUtf8);
    }

    public static string Describe(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    public static Action<IServiceCollection> CaptureLogs(LogCapture capture) => services =>
    {
        services.RemoveAll<ILoggerProvider>();
        services.AddSingleton<ILoggerProvider>(capture);
    };

    /// <summary>2xx or 4xx, counted into <paramref name="tally"/> (accepted, refused).</summary>
    public static void AssertAnswered(HttpResponseMessage response, int[] tally)
    {
        var status = (int)response.StatusCode;
        Assert.True(status is >= 200 and < 500, $"HTTP {status}");
        Interlocked.Increment(ref tally[status < 300 ? 0 : 1]);
    }

    /// <summary>A fuzz that only ever hit one side proves little: both must have happened often.</summary>
    public static void AssertBothSidesExercised(int[] tally) =>
        Assert.True(tally[0] >= 100 && tally[1] >= 100, $"accepted {tally[0]}, refused {tally[1]}");

    public static void AssertNoErrors(LogCapture capture)
    {
        var bad = capture.Entries.Where(e => e.Level >= LogLevel.Error || e.Exception is not null).Take(5).ToList();
        Assert.True(bad.Count == 0, "Logged errors or exceptions:\n" + string.Join('\n', bad));
    }

    /// <summary>The bot still answers a valid <c>/watch status</c> over HTTP.</summary>
    public static async Task AssertStillAnswersAsync(SlackHttpHost bot)
    {
        using var response = await bot.Sender.CommandAsync(SlackHttpHost.Team, QuietChannel, "UALICE", "status");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("ephemeral", text, StringComparison.Ordinal);
    }

    private static JsonObject Parse(string fixture) => JsonNode.Parse(Fixtures.Read(fixture))!.AsObject();
}
