using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Tests.Spaces;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Sessions;

/// <summary>
/// How the coordinator learns whether a channel is age-restricted for a rated:18 command: what the
/// payload said, else the platform's facts (Discord), else the channels moderators marked in the space
/// (Slack, the shell); and only for a rated command.
/// </summary>
public sealed class AgeRestrictedChannelTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly InMemorySessionStore _store = new();
    private readonly InMemorySpaceSettings _spaces = new();
    private readonly CountingFacts _discord = new();
    private readonly SessionCoordinator _coordinator;

    public AgeRestrictedChannelTests()
    {
        RecordingPublisher[] platforms = [new("slack"), new("shell"), new("discord")];
        var timers = new ManualSessionTimers(_time);
        _coordinator = new SessionCoordinator(
            _store, timers, new NoticeRouter(platforms, NullLogger<NoticeRouter>.Instance, platforms), _time,
            Options.Create(new SessionRulesOptions()), NullLogger<SessionCoordinator>.Instance,
            spaces: _spaces, channelFacts: [_discord]);
        timers.Handler = _coordinator;
    }

    [Theory]
    [InlineData("slack", "T1", "C1")]
    [InlineData("shell", "local", "general")]
    public async Task OnSlackAndTheShell_AChannelNotMarked_IsRefused_AndAMarkedOne_Accepted(string platform, string space, string channel)
    {
        var plain = new ChannelAddress(platform, space, channel);
        var marked = new ChannelAddress(platform, space, channel + "-late");
        await _spaces.SaveAsync(platform, space, new SpaceSettings { AgeRestrictedChannels = [marked.ChannelId] }, CancellationToken.None);

        var refused = await Rated(plain);
        var accepted = await Rated(marked);

        Assert.Contains("/watch settings age-restricted:on", Assert.IsType<Refused>(refused.Reply).Reason, StringComparison.Ordinal);
        Assert.Null(await _store.FindLiveAsync(plain, CancellationToken.None));
        Assert.Null(accepted.Reply);
        Assert.True((await _store.FindLiveAsync(marked, CancellationToken.None))!.Adult);
        Assert.Equal(0, _discord.Asked);
    }

    [Fact]
    public async Task OnDiscord_WhatThePayloadSaid_IsUsed_WithoutAskingDiscord()
    {
        var channel = new ChannelAddress("discord", "G1", "100");
        _discord.Restricted = false;

        var outcome = await Rated(channel, fromPayload: true);

        Assert.Null(outcome.Reply);
        Assert.Equal(0, _discord.Asked);
    }

    [Fact]
    public async Task OnDiscord_WithoutTheFlagInThePayload_DiscordIsAsked_AndMarkedChannelsDoNotCount()
    {
        var channel = new ChannelAddress("discord", "G1", "100");
        await _spaces.SaveAsync("discord", "G1", new SpaceSettings { AgeRestrictedChannels = ["100"] }, CancellationToken.None);
        _discord.Restricted = false;

        var outcome = await Rated(channel);

        Assert.IsType<Refused>(outcome.Reply);
        Assert.Equal(1, _discord.Asked);
    }

    [Fact]
    public async Task AnUnratedCommand_NeverAsks()
    {
        var channel = new ChannelAddress("discord", "G1", "100");

        var outcome = await _coordinator.HandleAsync(channel, Alice(channel), new StartCommand("Heat", null, null, null), CancellationToken.None);

        Assert.Null(outcome.Reply);
        Assert.Equal(0, _discord.Asked);
    }

    private Task<CommandOutcome> Rated(ChannelAddress channel, bool? fromPayload = null) =>
        _coordinator.HandleAsync(channel, Alice(channel), new StartCommand("Heat", null, null, null) { Adult = true }, CancellationToken.None, fromPayload);

    private static Actor Alice(ChannelAddress channel) => new(new UserRef(channel.Platform, "u-alice", "alice"), IsModerator: false);

    /// <summary>Discord's facts, answering what the test set and counting the questions.</summary>
    private sealed class CountingFacts : IChannelFacts
    {
        public bool Restricted { get; set; }

        public int Asked { get; private set; }

        public string Platform => "discord";

        public Task<bool> IsAgeRestrictedAsync(ChannelAddress channel, CancellationToken cancellationToken)
        {
            Asked++;
            return Task.FromResult(Restricted);
        }
    }
}
