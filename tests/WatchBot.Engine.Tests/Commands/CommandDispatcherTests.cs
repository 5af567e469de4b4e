using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Commands;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Tests.Moderation;
using WatchBot.Engine.Tests.Standing;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Commands;

/// <summary>Every command goes through one dispatcher built from the features' registrations.</summary>
public sealed class CommandDispatcherTests
{
    private static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");

    [Fact]
    public void EveryConcreteCommandType_HasExactlyOneHandler()
    {
        using var services = Services();
        var dispatcher = services.GetRequiredService<CommandDispatcher>();
        var commandTypes = typeof(WatchCommand).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(WatchCommand)) && !t.IsAbstract)
            .ToList();

        Assert.NotEmpty(commandTypes);
        Assert.All(commandTypes, t => Assert.Contains(t, dispatcher.CommandTypes));

        // Exactly one: each handler's types, counted across every registered handler.
        var owners = services.GetServices<ICommandHandler>().SelectMany(h => h.CommandTypes).GroupBy(t => t);
        Assert.All(owners, g => Assert.Single(g));
    }

    [Fact]
    public void TwoHandlersForOneCommandType_StopStartUp()
    {
        var pause = new FixedHandler(typeof(PauseCommand));

        var error = Assert.Throws<ArgumentException>(() => new CommandDispatcher([pause, new FixedHandler(typeof(PauseCommand))], NullLogger<CommandDispatcher>.Instance));

        Assert.Contains("PauseCommand", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommandNoHandlerOwns_IsRefusedPolitely()
    {
        var dispatcher = new CommandDispatcher([new FixedHandler(typeof(PauseCommand))], NullLogger<CommandDispatcher>.Instance);

        var outcome = await dispatcher.HandleAsync(Request(new EndCommand(), moderator: false), CancellationToken.None);

        var refused = Assert.IsType<Refused>(outcome.Reply);
        Assert.Equal("/watch help", refused.Suggestion);
    }

    [Fact]
    public async Task ModCommand_GoesToTheModeratorService()
    {
        using var services = Services();
        var dispatcher = services.GetRequiredService<CommandDispatcher>();

        var listed = await dispatcher.HandleAsync(Request(new ModCommand(ModVerb.List, null), moderator: true), CancellationToken.None);
        var refused = await dispatcher.HandleAsync(Request(new ModCommand(ModVerb.List, null), moderator: false), CancellationToken.None);

        Assert.IsType<ModeratorsListed>(listed.Reply);
        Assert.Contains("only a moderator", Assert.IsType<Refused>(refused.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionCommands_GoToTheCoordinator()
    {
        using var services = Services();
        var dispatcher = services.GetRequiredService<CommandDispatcher>();

        var started = await dispatcher.HandleAsync(Request(new StartCommand("Heat", null, null, null), moderator: false), CancellationToken.None);

        Assert.IsType<CountdownStarted>(Assert.Single(started.Announced));
        Assert.NotNull(await services.GetRequiredService<ISessionStore>().FindLiveAsync(Channel, CancellationToken.None));
    }

    private static CommandRequest Request(WatchCommand command, bool moderator) =>
        new(Channel, new Actor(new UserRef("test", "u-alice", "alice"), moderator), command, new ConfiguredModerators());

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

    private sealed class FixedHandler(Type type) : ICommandHandler
    {
        public IReadOnlyCollection<Type> CommandTypes => [type];

        public Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new CommandOutcome(null, []));
    }
}
