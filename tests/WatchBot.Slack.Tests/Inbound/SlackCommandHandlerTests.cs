using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Emulators;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Moderation;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Standing;
using WatchBot.Platform.Inbound;
using WatchBot.Slack.Inbound;
using WatchBot.Slack.Publishing;
using WatchBot.Slack.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Slack.Tests.Inbound;

public sealed class SlackCommandHandlerTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly GatedSessionStore _store = new();
    private readonly SlackOutbox _outbox = new();

    [Fact]
    public async Task ASlowAnswer_IsAcknowledgedInTime_AndFollowsThroughTheWebApi()
    {
        var handler = NewHandler();

        var reply = handler.HandleCommandAsync(new SlashCommand("T1", "C1", "U1", "alice", "/watch", "status", null, "trig-1"), CancellationToken.None);
        Assert.False(reply.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2.5));
        var ack = await reply.WaitAsync(EmulatorAssembly.Patience);
        _store.Gate.SetResult();
        using var wait = new CancellationTokenSource(EmulatorAssembly.Patience);
        var followUp = await _outbox.Reader.ReadAsync(wait.Token);

        Assert.Contains("Working on it", ack, StringComparison.Ordinal);
        var ephemeral = Assert.IsType<EphemeralItem>(followUp);
        Assert.Equal("U1", ephemeral.UserId);
        Assert.Contains("No session", ephemeral.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuickAnswer_IsReturnedInline()
    {
        _store.Gate.SetResult();
        var handler = NewHandler();

        var reply = await handler.HandleCommandAsync(new SlashCommand("T1", "C1", "U1", "alice", "/watch", "status", null, "trig-2"), CancellationToken.None);

        Assert.Contains("No session", reply, StringComparison.Ordinal);
        Assert.False(_outbox.Reader.TryRead(out _));
    }

    private SlackCommandHandler NewHandler()
    {
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-test", SigningSecret = "s" });
        var coordinator = new SessionCoordinator(
            _store,
            new ManualSessionTimers(_time),
            new NoticeRouter([new RecordingPublisher("slack")], NullLogger<NoticeRouter>.Instance),
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance);
        var dispatcher = new CommandDispatcher(
            [new SessionCommandHandler(coordinator), new ModeratorService(new NoSpaceModerators(), NullLogger<ModeratorService>.Instance)],
            NullLogger<CommandDispatcher>.Instance);
        return new SlackCommandHandler(
            dispatcher,
            new StandingService(new NoSpaceModerators(), new MemoryBans(TimeProvider.System), Options.Create(new ModerationOptions()), NullLogger<StandingService>.Instance),
            _store,
            new SlackModerators(options),
            new SlackUserZones(new ScriptedSlackApi(), options, _time, NullLogger<SlackUserZones>.Instance),
            _outbox,
            new ResponseUrlBook(_time),
            new Deduplicator(_time, 1000),
            options,
            _time,
            NullLogger<SlackCommandHandler>.Instance);
    }
}
