using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Emulators.Fuzz;

namespace WatchBot.Discord.Tests.Fuzz;

/// <summary>
/// What the Discord fuzz tests send: the recorded interaction fixtures and the emulator's builders
/// (commands, clicks, menu picks, autocomplete, PING), each given a fresh id, then 1–3 <see cref="JsonMutation"/>s,
/// and now and then cut short or with a stray byte.
/// </summary>
internal static class InteractionFuzz
{
    /// <summary>A channel no fuzz case targets, for the closing <c>/watch status</c>.</summary>
    public const string QuietChannel = "1000000000000000999";

    private static readonly string[] FixtureNames =
    [
        "discord_interaction_slash_command_string_option.json",
        "discord_interaction_message_component_button_click.json",
        "discord_interaction_user_command_resolved_member.json",
        "discord_interaction_message_component_string_select_full.json",
    ];

    public static IReadOnlyList<JsonObject> Seeds()
    {
        var seeds = FixtureNames.Select(n => JsonNode.Parse(Fixtures.Read(n))!.AsObject()).ToList();
        seeds.Add(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Fuzz", ["in"] = "10m" }));
        seeds.Add(DiscordInteractions.Watch("pause"));
        seeds.Add(DiscordInteractions.Watch("status"));
        seeds.Add(DiscordInteractions.Watch("seek", new Dictionary<string, string> { ["to"] = "+30s" }));
        seeds.Add(DiscordInteractions.Watch("react", new Dictionary<string, string> { ["emoji"] = "🔥" }, roles: ["3000000000000000001"]));
        seeds.Add(DiscordInteractions.Click("watch:ready:0123456789abcdef"));
        seeds.Add(DiscordInteractions.Select("watch:vote:0123456789abcdef", ["2"]));
        seeds.Add(DiscordInteractions.Select("watch:vote:0123456789abcdef", []));
        seeds.Add(DiscordInteractions.Ping());
        var autocomplete = DiscordInteractions.Watch("start", new Dictionary<string, string> { ["in"] = "1" });
        autocomplete["type"] = 4;
        autocomplete["data"]!["options"]![0]!["options"]![0]!["focused"] = true;
        seeds.Add(autocomplete);
        return seeds;
    }

    /// <summary>One case: which seed, a fresh id, the mutations, and a byte-level spoiler (0: none).</summary>
    public static Gen<(int Seed, long Id, JsonMutation[] Mutations, int Spoil, int At)> Cases(int seedCount) =>
        Gen.Select(Gen.Int[0, seedCount - 1], Gen.Long[1, long.MaxValue], JsonMutation.Any.Array[1, 3], Gen.Int[0, 24], Gen.Int[0, int.MaxValue]);

    /// <summary>
    /// The payload bytes of a case. On a socket (<paramref name="invalidUtf8"/> false) the payload is
    /// spliced into a dispatch frame, so it stays whole JSON: a cut-short frame is not a payload.
    /// </summary>
    public static byte[] Bytes(IReadOnlyList<JsonObject> seeds, (int Seed, long Id, JsonMutation[] Mutations, int Spoil, int At) c, bool invalidUtf8)
    {
        var seed = seeds[c.Seed].DeepClone().AsObject();
        seed["id"] = c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mutated = JsonMutation.ApplyAll(seed, c.Mutations);
        var bytes = FuzzBytes.Json(mutated?.ToJsonString() ?? "null", invalidUtf8);
        return c.Spoil switch
        {
            1 when invalidUtf8 => bytes[..(c.At % Math.Max(1, bytes.Length))],
            2 when invalidUtf8 => [.. bytes[..(c.At % bytes.Length)], 0xFE, .. bytes[(c.At % bytes.Length)..]],
            _ => bytes,
        };
    }

    /// <summary>Text for a failure report.</summary>
    public static string Describe(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    /// <summary>Replaces the host's log providers with <paramref name="capture"/> (also keeps a long run's console quiet).</summary>
    public static Action<IServiceCollection> CaptureLogs(LogCapture capture) => services =>
    {
        services.RemoveAll<ILoggerProvider>();
        services.AddSingleton<ILoggerProvider>(capture);
    };

    /// <summary>Error-level lines or attached exceptions: none may come from bad input.</summary>
    public static void AssertNoErrors(LogCapture capture)
    {
        var bad = capture.Entries.Where(e => e.Level >= LogLevel.Error || e.Exception is not null).Take(5).ToList();
        Assert.True(bad.Count == 0, "Logged errors or exceptions:\n" + string.Join('\n', bad));
    }
}
