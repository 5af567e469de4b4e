using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Rendering;
using WatchBot.Slack.Tests.Support;
using WatchBot.Testing.Hostile;

namespace WatchBot.Slack.Tests.Http;

/// <summary>
/// Hostile text (seeded cases) as titles, display names, notes, positions, sub-command words and
/// moderator arguments, driven through the real host on the HTTP transport into every outbound path:
/// the session message (post, edits), GO, reactions, pause, recap, the GO queued with
/// chat.scheduleMessage, ephemeral answers to commands and clicks (chat.postEphemeral), the immediate
/// answers, the mod sub-command. Every text the Web API emulator recorded, and every immediate
/// answer, must be inert: no Slack control sequence, no auto-linkable URL, no invisible character.
/// </summary>
public sealed class HostileTextEndToEndTests
{
    private const int Cases = 8;
    private static long _sequence;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task EveryOutboundText_FromEveryPath_IsInert()
    {
        await using var bot = await SlackHttpHost.StartAsync(
            "--Sessions:MinCountdown=00:00:01", "--Slack:PostBurst=20", "--Slack:PostInterval=00:00:00.050");
        bot.Slack.PostBurst = 20;
        bot.Slack.PostInterval = TimeSpan.FromMilliseconds(50);
        var cases = HostileText.Cases(Gen.Select(HostileText.Title, HostileText.Any, HostileText.Any), Cases);

        var answers = await Task.WhenAll(cases.Select((c, i) => DriveAsync(bot, i, c.Item1, c.Item2, c.Item3)));

        var calls = bot.Slack.Calls;
        var texts = answers.SelectMany(a => a.Select(t => ("immediate answer", t)))
            .Concat(calls.SelectMany(c => OutboundText.SlackTexts(c.Body).Select(t => (c.Method, t))))
            .Concat(bot.Slack.ResponseUrlPosts.SelectMany(p => OutboundText.SlackTexts(p).Select(t => ("response_url", t))));
        foreach (var (where, text) in texts)
        {
            var problems = OutboundText.SlackProblems(text);
            Assert.True(problems.Count == 0, $"{where} \"{HostileText.Show(text)}\": {string.Join("; ", problems)}");
        }

        Assert.All(calls.Where(c => c.Method.StartsWith("chat.", StringComparison.Ordinal) && c.Body.ContainsKey("text")), c =>
        {
            Assert.Equal("none", (string?)c.Body["parse"]);
            Assert.False(c.Body.ContainsKey("link_names"));
        });

        // The paths were really taken: each title reached a posted GO and the queued one.
        foreach (var (title, index) in cases.Select((c, i) => (c.Item1, i)))
        {
            var shown = SlackText.Escape(title);
            Assert.Contains(calls, c => c.Method == "chat.scheduleMessage" && c.Channel == Channel(index) && c.Text!.Contains(shown, StringComparison.Ordinal));
            Assert.Contains(calls, c => c.Method == "chat.postMessage" && c.Channel == Channel(index) && c.Text!.Contains("GO", StringComparison.Ordinal) && c.Text.Contains(shown, StringComparison.Ordinal));
        }

        Assert.Contains(calls, c => c.Method == "chat.postEphemeral");
    }

    private static string Channel(int index) => string.Create(CultureInfo.InvariantCulture, $"C0HOSTILE{index}");

    /// <summary>One case in its own channel; returns the immediate answers' texts.</summary>
    private static async Task<List<string>> DriveAsync(SlackHttpHost bot, int index, string title, string name, string typed)
    {
        var channel = Channel(index);
        var user = string.Create(CultureInfo.InvariantCulture, $"U0HOST{index}");
        var answers = new List<string>();
        async Task Say(string text, string who = "")
        {
            using var response = await CommandAsync(bot, channel, who.Length == 0 ? user : who, name, text);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(await SlackHttpSessionTests.ReplyTextAsync(response));
        }

        await Say($"start title:{Quote(title)} in:1s");
        await bot.Slack.WaitForAsync(c => c.Any(x => x.Channel == channel && x.Method == "chat.postMessage" && x.Text?.Contains("GO", StringComparison.Ordinal) == true), Patience);
        await Say($"react emoji:🔥 note:{Quote(typed)}");
        await Say($"react emoji:{Quote(typed)}");
        await Say($"seek to:{Quote(typed)}");
        await Say(Word(typed));
        await Say($"start title:{Quote(typed)}");
        await Say($"status {Quote(typed)}");
        await Say("pause");
        await Say($"resume in:{Quote(typed)}");
        await Say("status");
        await Say("end");
        await Say($"schedule title:{Quote(title)} at:\"in 2h\"");
        await Say($"schedule title:{Quote(title)} at:{Quote(typed)}");
        await Say($"mod {Word(typed)}", SlackHttpHost.Moderator);
        await Say($"mod add user:{Quote(typed)}", SlackHttpHost.Moderator);
        await Say($"mod {Quote(typed)}");
        var session = await bot.Slack.WaitForAsync(c => HasScheduledSessionMessage(c, channel), Patience);
        using (await ClickAsync(bot, channel, user, name, SlackActions.Ready, SessionIn(session, channel)))
        {
        }

        await Say("status");
        await Say("end");

        // The sender works in queue order: once the answer to this click is out, everything before it is.
        using (await ClickAsync(bot, channel, user, name, "watch_unknown", "x"))
        {
        }

        await bot.Slack.WaitForAsync(c => c.Any(x => x.Channel == channel && x.Method == "chat.postEphemeral" && x.Text?.Contains("button", StringComparison.Ordinal) == true), Patience);
        return answers;
    }

    /// <summary>The booking's card goes out before its GO is queued with Slack: a Ready button before the first chat.scheduleMessage.</summary>
    private static bool HasScheduledSessionMessage(IReadOnlyList<SlackApiCall> calls, string channel)
    {
        var queued = calls.ToList().FindIndex(c => c.Channel == channel && c.Method == "chat.scheduleMessage");
        return queued >= 0 && calls.Take(queued).Any(c => IsCardWithReady(c, channel));
    }

    /// <summary>A slash command as Slack sends it, with <paramref name="userName"/> as the typing person's name.</summary>
    private static Task<HttpResponseMessage> CommandAsync(SlackHttpHost bot, string channel, string user, string userName, string text)
    {
        var fields = new Dictionary<string, string>
        {
            ["team_id"] = SlackHttpHost.Team,
            ["channel_id"] = channel,
            ["user_id"] = user,
            ["user_name"] = userName,
            ["command"] = "/watch",
            ["text"] = text,
            ["response_url"] = "https://hooks.slack.invalid/commands/1/2/3",
            ["trigger_id"] = NextTrigger(),
        };
        return bot.Sender.PostAsync("slack/commands", SlackRequestSender.Form(fields), "application/x-www-form-urlencoded");
    }

    private static Task<HttpResponseMessage> ClickAsync(SlackHttpHost bot, string channel, string user, string userName, string actionId, string value)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = SlackHttpHost.Team },
            ["user"] = new JsonObject { ["id"] = user, ["username"] = userName, ["name"] = userName, ["team_id"] = SlackHttpHost.Team },
            ["container"] = new JsonObject { ["type"] = "message", ["channel_id"] = channel },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["trigger_id"] = NextTrigger(),
            ["response_url"] = "https://hooks.slack.invalid/actions/1/2/3",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = actionId,
                ["block_id"] = "controls",
                ["value"] = value,
                ["action_ts"] = string.Create(CultureInfo.InvariantCulture, $"1795377600.{Interlocked.Increment(ref _sequence):000000}"),
            }),
        };
        return bot.Sender.InteractionAsync(payload.ToJsonString());
    }

    /// <summary>A trigger id shaped like Slack's (digits.digits.hex), unique per request.</summary>
    private static string NextTrigger() =>
        string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Increment(ref _sequence)}.1.{Guid.NewGuid():N}");

    /// <summary>The session id on the Ready button of the booking's card: the latest one before its GO was queued.</summary>
    private static string SessionIn(IReadOnlyList<SlackApiCall> calls, string channel) =>
        calls.Take(calls.ToList().FindIndex(c => c.Channel == channel && c.Method == "chat.scheduleMessage")).Last(c => IsCardWithReady(c, channel))
            .Body["blocks"]!.AsArray().OfType<JsonObject>()
            .First(b => (string?)b["type"] == "actions")["elements"]![0]!["value"]!.GetValue<string>();

    private static bool IsCardWithReady(SlackApiCall call, string channel) =>
        call.Channel == channel && call.Body["blocks"] is JsonArray blocks && blocks.ToJsonString().Contains("watch:ready:", StringComparison.Ordinal);

    /// <summary><paramref name="text"/> as one quoted value of the command grammar (\" is a literal quote).</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + (text.EndsWith('\\') ? " " : "") + "\"";

    /// <summary><paramref name="text"/> as one unquoted word (what an unknown sub-command echoes).</summary>
    private static string Word(string text)
    {
        var word = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('"' or '“' or '”')));
        return word.Length == 0 ? "x" : word;
    }
}
