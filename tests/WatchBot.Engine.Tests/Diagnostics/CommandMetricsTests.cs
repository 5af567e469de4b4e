using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Diagnostics;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Tests.Moderation;
using WatchBot.Engine.Tests.Standing;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Diagnostics;

/// <summary>watchbot.commands moves once per command, tagged with how it ended, through the real engine.</summary>
public sealed class CommandMetricsTests
{
    private static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");

    [Fact]
    public async Task EachCommand_IsCountedOnce_ByPlatformCommandAndOutcome()
    {
        using var services = Services();
        using var recorder = new MetricsRecorder(services.GetRequiredService<WatchBotMetrics>());
        var dispatcher = services.GetRequiredService<CommandDispatcher>();

        await dispatcher.HandleAsync(Request(new PauseCommand()), CancellationToken.None);
        await dispatcher.HandleAsync(Request(new StartCommand("Heat", null, null, null)), CancellationToken.None);
        await dispatcher.HandleAsync(Request(new PauseCommand()), CancellationToken.None);

        var counted = recorder.Of(MetricNames.Commands);
        Assert.Equal(3, counted.Count);
        Assert.All(counted, c => Assert.Equal("test", c.Tag("platform")));
        Assert.Single(recorder.Of(MetricNames.Commands, ("command", "pause"), ("outcome", CommandResult.Refused)));
        Assert.Single(recorder.Of(MetricNames.Commands, ("command", "start"), ("outcome", CommandResult.Done)));
        Assert.Single(recorder.Of(MetricNames.Commands, ("command", "pause"), ("outcome", CommandResult.Done)));
        Assert.All(counted, c => Assert.Equal(1, c.Value));
    }

    [Fact]
    public async Task AHandlerThatThrows_CountsAnError_AndStillThrows()
    {
        using var metrics = new WatchBotMetrics(TimeProvider.System);
        using var recorder = new MetricsRecorder(metrics);
        var dispatcher = new CommandDispatcher([new Answering(typeof(PauseCommand), () => throw new InvalidOperationException("boom"))], NullLogger<CommandDispatcher>.Instance, metrics);

        await Assert.ThrowsAsync<InvalidOperationException>(() => dispatcher.HandleAsync(Request(new PauseCommand()), CancellationToken.None));

        Assert.Single(recorder.Of(MetricNames.Commands, ("command", "pause"), ("outcome", CommandResult.Error)));
    }

    [Fact]
    public async Task InvalidInput_IsCountedInvalid_AndASaveFailureAnError()
    {
        using var metrics = new WatchBotMetrics(TimeProvider.System);
        using var recorder = new MetricsRecorder(metrics);
        var invalid = new InvalidInput(CommandParser.Parse("/watch start in:banana").Error!);
        var dispatcher = new CommandDispatcher([new Answering(typeof(PauseCommand), () => new CommandOutcome(invalid, []))], NullLogger<CommandDispatcher>.Instance, metrics);

        await dispatcher.HandleAsync(Request(new PauseCommand()), CancellationToken.None);

        Assert.Single(recorder.Of(MetricNames.Commands, ("outcome", CommandResult.Invalid)));
        Assert.Equal(CommandResult.Error, CommandCounter.Classify(new Refused("Something went wrong on my side and nothing was changed. Please try again in a moment.", null)));
        Assert.Equal(CommandResult.Refused, CommandCounter.Classify(new Refused("Only the host may do that.", null)));
    }

    [Fact]
    public void InputThatIsNotACommand_IsCountedInvalid_WhereThePlatformAnswersIt()
    {
        using var services = Services();
        using var recorder = new MetricsRecorder(services.GetRequiredService<WatchBotMetrics>());
        var error = CommandParser.Parse("/watch frobnicate").Error!;

        var answer = services.GetRequiredService<CommandDispatcher>().Invalid(Channel, error);

        Assert.Equal(error, answer.Error);
        var counted = Assert.Single(recorder.Of(MetricNames.Commands));
        Assert.Equal(("test", "unparsed", CommandResult.Invalid), (counted.Tag("platform"), counted.Tag("command"), counted.Tag("outcome")));
    }

    private static CommandRequest Request(WatchCommand command) =>
        new(Channel, new Actor(new UserRef("test", "u-alice", "alice"), false), command, new ConfiguredModerators());

    private static ServiceProvider Services()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(time);
        services.AddWatchBotEngine(new ConfigurationBuilder().Build());
        services.AddSingleton<ISessionStore, InMemorySessionStore>();
        services.AddSingleton<ITimers>(new ManualSessionTimers(time));
        services.AddSingleton<ISpaceModerators, InMemorySpaceModerators>();
        services.AddSingleton<IChannelPublisher>(new RecordingPublisher());
        return services.BuildServiceProvider();
    }

    private sealed class Answering(Type type, Func<CommandOutcome> answer) : ICommandHandler
    {
        public IReadOnlyCollection<Type> CommandTypes => [type];

        public Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken) => Task.FromResult(answer());
    }
}
