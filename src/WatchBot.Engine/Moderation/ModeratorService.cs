using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Moderation;

/// <summary>
/// <c>/watch mod add|remove|list</c> on every platform: only moderators may use it, people added
/// are stored per workspace or guild (<see cref="ISpaceModerators"/>), and moderators the platform
/// defines (configuration, permissions, roles) cannot be removed with it. Every answer is for the
/// sender only and names people by id as text, so it notifies no one.
/// </summary>
public sealed class ModeratorService(ISpaceModerators stored, ILogger<ModeratorService> logger, AuditRecorder? audit = null, TimeProvider? time = null) : ICommandHandler
{
    private static readonly Refused Failed = new("Something went wrong on my side and nothing was changed. Please try again in a moment.", null);

    /// <summary>The moderation feature's registration with the dispatcher.</summary>
    public IReadOnlyCollection<Type> CommandTypes { get; } = [typeof(ModCommand)];

    public async Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await HandleAsync(request.Channel, request.Actor, (ModCommand)request.Command, request.Platform, cancellationToken);
        return new CommandOutcome(reply, []);
    }

    public async Task<Notice> HandleAsync(ChannelAddress channel, Actor actor, ModCommand command, IPlatformModerators platform, CancellationToken cancellationToken)
    {
        if (!actor.IsModerator)
        {
            return new Refused($"only a moderator can add, remove or list moderators. Moderators here are {platform.WhoModerates}; ask one of them.", null);
        }

        try
        {
            return await ApplyAsync(channel, actor, command, platform, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ModeratorsFailed(logger, ex, channel.Platform, channel.SpaceId);
            return Failed;
        }
    }

    private async Task<Notice> ApplyAsync(ChannelAddress channel, Actor actor, ModCommand command, IPlatformModerators platform, CancellationToken cancellationToken)
    {
        if (command.Verb == ModVerb.List)
        {
            var added = await stored.ListAsync(channel.Platform, channel.SpaceId, cancellationToken);
            return new ModeratorsListed(platform.Configured, [.. added.Except(platform.Configured, StringComparer.Ordinal)], platform.WhoModerates);
        }

        var verb = command.Verb == ModVerb.Add ? "add" : "remove";
        if (command.User is null || platform.ReadUserId(command.User) is not { } target)
        {
            return new Refused($"I can't tell who that is: name them with {platform.HowToName}.", $"/watch mod {verb} user:@bob");
        }

        var builtIn = platform.BuiltInReason(target);
        var isStored = await stored.IsModeratorAsync(channel.Platform, channel.SpaceId, target, cancellationToken);
        if (command.Verb == ModVerb.Add)
        {
            if (builtIn is not null || isStored)
            {
                return new ModeratorChanged(target, Added: true, AlreadySo: true, builtIn);
            }

            await stored.AddAsync(channel.Platform, channel.SpaceId, target, actor.User.Id, cancellationToken);
            Log.ModeratorChanged(logger, "added", channel.Platform, channel.SpaceId);
            await AuditAsync(channel, actor, AuditAction.ModeratorAdded, target, cancellationToken);
            return new ModeratorChanged(target, Added: true, AlreadySo: false, null);
        }

        if (builtIn is not null)
        {
            return new Refused($"{target} moderates through {builtIn}, which /watch mod remove cannot change: change it there.", null);
        }

        if (!isStored)
        {
            return new ModeratorChanged(target, Added: false, AlreadySo: true, null);
        }

        await stored.RemoveAsync(channel.Platform, channel.SpaceId, target, cancellationToken);
        Log.ModeratorChanged(logger, "removed", channel.Platform, channel.SpaceId);
        await AuditAsync(channel, actor, AuditAction.ModeratorRemoved, target, cancellationToken);
        return new ModeratorChanged(target, Added: false, AlreadySo: false, null);
    }

    /// <summary>The platform gives an id only: it stands for the name too (never a mention).</summary>
    private Task AuditAsync(ChannelAddress channel, Actor actor, AuditAction action, string target, CancellationToken cancellationToken) =>
        audit?.RecordAsync(
            new AuditEntry(channel.Platform, channel.SpaceId, (time ?? TimeProvider.System).GetUtcNow(), action, actor.User, new UserRef(channel.Platform, target, target)),
            cancellationToken) ?? Task.CompletedTask;
}
