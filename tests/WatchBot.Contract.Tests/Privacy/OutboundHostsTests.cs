using System.Net;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Emulators;
using WatchBot.Emulators.Discord;
using WatchBot.Emulators.Discord.Gateway;
using WatchBot.Emulators.Slack;
using WatchBot.Emulators.Slack.SocketMode;

namespace WatchBot.Contract.Tests.Privacy;

/// <summary>
/// "No outbound call other than the configured platform APIs." The real host runs Discord over the gateway
/// and Slack over Socket Mode, each against its emulator on loopback, through a whole evening: a session
/// started, reacted to and ended on both, and a booking that becomes a Discord event. Every HTTP request,
/// socket connect and name lookup the process makes is recorded; only the emulators' addresses may appear.
/// The gateway and Socket Mode URLs are handed out by the emulated APIs, as Discord and Slack hand out theirs.
/// On PostgreSQL the configured database server is the one more address allowed (on loopback here).
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class OutboundHostsTests
{
    private const string Team = "T0PRIV";
    private const string SlackChannel = "C0PRIV";
    private static readonly TimeSpan Patience = EmulatorAssembly.Patience;

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task AWholeEvening_OnDiscordAndSlack_CallsOnlyTheConfiguredPlatformHosts(string provider)
    {
        await using var discord = await DiscordApiEmulator.StartAsync();
        await using var gateway = await DiscordGatewayEmulator.StartAsync();
        await using var slack = await SlackApiEmulator.StartAsync();
        await using var socket = await SlackSocketModeServer.StartAsync();
        discord.BucketLimit = 1000;
        discord.GatewayUrl = gateway.Url.ToString();
        slack.ExpectedBotToken = "xoxb-privacy";
        slack.ExpectedAppToken = "xapp-privacy";
        slack.SocketModeUrlFactory = socket.NewConnectionUrl;
        var folder = Directory.CreateTempSubdirectory("watchbot-outbound-").FullName;

        // The database is made before the recorder listens: the test's own admin connection is not the host's.
        await using var storage = ContractStorage.For(provider);
        var storageArgs = await storage.ArgsAsync(folder);
        using var recorder = new OutboundRecorder();
        using var host = WatchBotHost.Create(
        [
            "--Shell:Enabled=false",
            .. storageArgs,
            "--Discord:Token=test-token",
            "--Discord:ApplicationId=" + DiscordInteractions.ApplicationId,
            "--Discord:ApiBaseUrl=" + discord.BaseUrl,
            "--Slack:BotToken=xoxb-privacy",
            "--Slack:AppToken=xapp-privacy",
            "--Slack:ApiBaseUrl=" + slack.ApiBaseUrl,
        ]);
        await host.StartAsync();
        try
        {
            await gateway.WaitUntilAsync(g => g.Identifies > 0, Patience);
            await socket.WaitUntilAsync(s => s.OpenConnectionCount > 0, Patience);

            await DiscordEveningAsync(discord, gateway);
            await SlackEveningAsync(slack, socket);
        }
        finally
        {
            await host.StopAsync();
        }

        var allowed = new[] { discord.BaseUrl, gateway.Url, slack.ApiBaseUrl, socket.BaseAddress };
        var allowedAuthorities = allowed.Select(u => $"{u.Host}:{u.Port}").ToHashSet(StringComparer.Ordinal);
        var allowedPorts = allowed.Select(u => u.Port).Append(storage.DatabasePort ?? allowed[0].Port)
            .Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        var seen = string.Join("\n", recorder.Records);

        // The recorder saw the traffic it is meant to judge: both APIs over HTTP, both sockets connected.
        Assert.Contains($"{discord.BaseUrl.Host}:{discord.BaseUrl.Port}", recorder.HttpAuthorities);
        Assert.Contains($"{slack.ApiBaseUrl.Host}:{slack.ApiBaseUrl.Port}", recorder.HttpAuthorities);
        Assert.Contains(recorder.SocketPeers, p => p.Port == gateway.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(recorder.SocketPeers, p => p.Port == socket.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (storage.DatabasePort is { } database)
        {
            Assert.Contains(recorder.SocketPeers, p => p.Port == database.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await storage.AssertKeptAsync();
        }

        Assert.True(recorder.HttpAuthorities.All(allowedAuthorities.Contains), "HTTP to an unconfigured host:\n" + seen);
        Assert.True(
            recorder.SocketPeers.All(p => IPAddress.TryParse(p.Address, out var ip) && IPAddress.IsLoopback(ip) && allowedPorts.Contains(p.Port)),
            "A socket opened elsewhere:\n" + seen);
        Assert.True(recorder.NamesLookedUp.All(n => n is "127.0.0.1" or "localhost" or "::1"), "A name looked up:\n" + seen);
    }

    private static async Task DiscordEveningAsync(DiscordApiEmulator discord, DiscordGatewayEmulator gateway)
    {
        var answered = 0;
        async Task CommandAsync(string sub, Dictionary<string, string> options)
        {
            await gateway.DispatchInteractionAsync(DiscordInteractions.Watch(sub, options).ToJsonString());
            answered++;
            await gateway.WaitUntilAsync(_ => discord.Calls.Count(c => c.IsInteraction && c.Method == "POST") >= answered, Patience);
        }

        await CommandAsync("start", new() { ["title"] = "Private Night", ["in"] = "3s" });
        await gateway.WaitUntilAsync(_ => discord.Calls.Any(c => c.IsMessageWrite && c.Content.Contains("GO!", StringComparison.Ordinal)), Patience);
        await CommandAsync("react", new() { ["emoji"] = "😂", ["note"] = "that face" });
        await CommandAsync("end", []);
        await CommandAsync("schedule", new() { ["title"] = "Alien", ["at"] = "in 2h" });
        await gateway.WaitUntilAsync(_ => discord.ScheduledEvents(DiscordInteractions.GuildId).Count > 0, Patience);
    }

    private static async Task SlackEveningAsync(SlackApiEmulator slack, SlackSocketModeServer socket)
    {
        async Task CommandAsync(string text)
        {
            var envelope = SocketModeFrames.SlashCommand(text, teamId: Team, channelId: SlackChannel, userId: "UHOST");
            envelope["payload"]!["trigger_id"] = Guid.NewGuid().ToString("N");

            // Slack hands each command its own response_url; here it is the emulated API's.
            envelope["payload"]!["response_url"] = slack.ResponseUrl(Guid.NewGuid().ToString("N")).ToString();
            await socket.WaitForAckAsync(await socket.SendEnvelopeAsync(envelope), Patience);
        }

        await CommandAsync("start title:\"Private Night\" in:3s");
        await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text?.Contains("GO!", StringComparison.Ordinal) == true), Patience);
        await CommandAsync("react emoji:😂 note:\"that face\"");
        await CommandAsync("end");
        await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text?.Contains("ended", StringComparison.Ordinal) == true), Patience);
    }
}
