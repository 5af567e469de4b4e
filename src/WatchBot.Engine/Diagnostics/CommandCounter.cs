using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Diagnostics;

/// <summary>
/// Counts each command the dispatcher handles by how it ended (<see cref="CommandResult"/>), read
/// from the answer the sender gets: a refusal or a ban is refused, unreadable input is invalid, our
/// own failure (a save that failed, a conflict that did not settle, an exception) is an error.
/// </summary>
internal sealed class CommandCounter(WatchBotMetrics metrics)
{
    /// <summary>Runs <paramref name="handle"/> (a handler may throw before its first await) and counts how it ended.</summary>
    public async Task<CommandOutcome> CountAsync(CommandRequest request, Func<Task<CommandOutcome>> handle)
    {
        CommandOutcome outcome;
        try
        {
            outcome = await handle();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Record(request, CommandResult.Error);
            throw;
        }

        Record(request, Classify(outcome.Reply));
        return outcome;
    }

    /// <summary>Input a platform could not read as a command.</summary>
    public void Unparsed(string platform) => metrics.CommandHandled(platform, "unparsed", CommandResult.Invalid);

    internal static string Classify(Notice? reply) => reply switch
    {
        _ when SessionCoordinator.IsFailureReply(reply) => CommandResult.Error,
        Refused or YouAreBanned => CommandResult.Refused,
        InvalidInput => CommandResult.Invalid,
        _ => CommandResult.Done,
    };

    private void Record(CommandRequest request, string result) =>
        metrics.CommandHandled(request.Channel.Platform, request.Command.Name, result);
}
