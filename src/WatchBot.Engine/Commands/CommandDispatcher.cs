using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Diagnostics;
using WatchBot.Engine.Moderation;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Commands;

/// <summary>
/// The one way a parsed command goes in, for every platform: to the handler its feature registered
/// for its type. A type with two handlers stops start-up; a type with none is refused politely (and
/// a convention test makes sure every command type has exactly one). A banned sender reaches no handler.
/// </summary>
public sealed class CommandDispatcher
{
    private readonly Dictionary<Type, ICommandHandler> _byType = [];
    private readonly ILogger<CommandDispatcher> _logger;
    private readonly CommandCounter? _counter;

    public CommandDispatcher(IEnumerable<ICommandHandler> handlers, ILogger<CommandDispatcher> logger, WatchBotMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _logger = logger;
        _counter = metrics is null ? null : new CommandCounter(metrics);
        foreach (var handler in handlers)
        {
            foreach (var type in handler.CommandTypes)
            {
                if (!_byType.TryAdd(type, handler))
                {
                    throw new ArgumentException($"Two handlers own {type.Name}; a command type has exactly one.", nameof(handlers));
                }
            }
        }
    }

    /// <summary>The command types some handler owns.</summary>
    public IReadOnlyCollection<Type> CommandTypes => _byType.Keys;

    public Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _counter is null ? RouteAsync(request, cancellationToken) : _counter.CountAsync(request, () => RouteAsync(request, cancellationToken));
    }

    /// <summary>
    /// What a platform answers to input that is not a command (it never reaches a handler): the
    /// polite correction, counted as <c>invalid</c> (tag <c>command</c> is <c>unparsed</c>).
    /// </summary>
    public InvalidInput Invalid(ChannelAddress channel, CommandError error)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _counter?.Unparsed(channel.Platform);
        return new InvalidInput(error);
    }

    private Task<CommandOutcome> RouteAsync(CommandRequest request, CancellationToken cancellationToken)
    {

        // Every command and every button of every platform comes through here: a banned person's action
        // is refused to them alone, reaches no handler, and so changes nothing and shows nothing in the channel.
        if (request.Actor.IsBanned)
        {
            BanLog.RefusedBanned(_logger, request.Command.Name, request.Channel.Platform, request.Channel.SpaceId);
            return Task.FromResult(new CommandOutcome(new YouAreBanned(request.Actor.BannedUntil), []));
        }

        if (_byType.TryGetValue(request.Command.GetType(), out var handler))
        {
            return handler.HandleAsync(request, cancellationToken);
        }

        Log.NoCommandHandler(_logger, request.Command.GetType().Name);
        var refused = new Refused($"/watch {request.Command.Name} is not something I can do yet.", "/watch help");
        return Task.FromResult(new CommandOutcome(refused, []));
    }
}
