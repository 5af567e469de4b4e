using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Standing;
using WatchBot.Platform.Inbound;
using WatchBot.Slack.Publishing;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// Slash commands and button clicks, the same for both transports: mapped onto the coordinator, the
/// answer rendered for the sender only. Answers within <see cref="SlackOptions.AckBudget"/> or says
/// "working on it" and sends the answer later through the Web API. Never throws at the caller.
/// </summary>
internal sealed partial class SlackCommandHandler(
    CommandDispatcher dispatcher,
    StandingService standing,
    ISessionStore store,
    SlackModerators moderators,
    SlackUserZones zones,
    SlackOutbox outbox,
    ResponseUrlBook responseUrls,
    [FromKeyedServices(SlackPlatform.Name)] Deduplicator dedupe,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackCommandHandler> logger)
{
    private const string SomethingWrong = "Something went wrong on my side and nothing was changed. Please try again in a moment.";

    private static readonly TimeSpan RetryMemory = TimeSpan.FromMinutes(30);

    /// <summary>Handles a slash command; returns the ephemeral answer (mrkdwn), or null when there is nothing to say.</summary>
    public async Task<string?> HandleCommandAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        if (command.TriggerId is { Length: > 0 } trigger && !dedupe.FirstTime("cmd:" + trigger, RetryMemory))
        {
            Log.Duplicate(logger, "slash command");
            return null;
        }

        var settings = options.Value;
        if (!string.Equals(command.Command, settings.CommandName, StringComparison.OrdinalIgnoreCase))
        {
            return $"Sorry — I only answer `{SlackText.Escape(settings.CommandName)}`. Try: `{SlackText.Escape(settings.CommandName)} help`";
        }

        if (command.Text.Length > settings.MaxCommandTextLength)
        {
            return $"Sorry — that is too long ({command.Text.Length} characters; at most {settings.MaxCommandTextLength}). Try: `/watch start title:\"The Matrix\"`";
        }

        var channel = new ChannelAddress(SlackPlatform.Name, command.TeamId, command.ChannelId);
        responseUrls.Remember(channel, command.ResponseUrl);
        try
        {
            var actor = await ActorAsync(channel, command.UserId, command.UserName, cancellationToken);
            var parsed = CommandParser.Parse("/watch " + command.Text.Trim());
            if (parsed.Command is ModCommand)
            {
                // Answered at once, not within the budget: it is a few reads of the moderator table.
                var answer = await dispatcher.HandleAsync(new CommandRequest(channel, actor, parsed.Command, moderators), cancellationToken);
                return ReplyText(answer);
            }

            var work = parsed.IsSuccess
                ? InTheirZoneAsync(channel, actor, command.UserId, parsed.Command)
                : Task.FromResult(new CommandOutcome(dispatcher.Invalid(channel, parsed.Error), []));
            return await WithinBudgetAsync(work, channel, command.UserId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.CommandFailed(logger, ex, command.TeamId, command.ChannelId);
            return SomethingWrong;
        }
    }

    /// <summary>
    /// Handles a click on one of our buttons. Slack ignores the ack body of block_actions, so any
    /// answer goes out as an ephemeral message through the Web API.
    /// </summary>
    public async Task HandleActionAsync(BlockAction action, CancellationToken cancellationToken)
    {
        // A retried payload repeats action_ts exactly; a double click repeats the button within the debounce.
        if (!dedupe.FirstTime($"act:{action.UserId}:{action.ActionTs}:{action.ActionId}:{action.Value}", RetryMemory)
            || !dedupe.FirstTime($"click:{action.UserId}:{action.ActionId}:{action.Value}", options.Value.ClickDebounce))
        {
            Log.Duplicate(logger, "button click");
            return;
        }

        var channel = new ChannelAddress(SlackPlatform.Name, action.TeamId, action.ChannelId);
        responseUrls.Remember(channel, action.ResponseUrl);
        try
        {
            var reply = await ClickAsync(channel, action, cancellationToken);
            if (reply is not null)
            {
                outbox.Enqueue(new EphemeralItem(channel, action.UserId, reply));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.CommandFailed(logger, ex, action.TeamId, action.ChannelId);
            outbox.Enqueue(new EphemeralItem(channel, action.UserId, SomethingWrong));
        }
    }

    private async Task<string?> ClickAsync(ChannelAddress channel, BlockAction action, CancellationToken cancellationToken)
    {
        // A menu's action_id is a card action id without the value: the pick is it (watch:vote:<session> with "2" is /watch vote n:2).
        if (action.IsPick && action.Picked is null)
        {
            return "Nothing is picked now, so nothing changed. Pick an option in the menu, or type `/watch vote n:1`.";
        }

        if (!(action.IsPick ? CardActions.TryReadChoice(action.ActionId, action.Picked, out var press) : SlackActions.TryRead(action.ActionId, action.Value, out press)))
        {
            return "Sorry — I don't know that button. Try: `/watch help`";
        }

        var session = await store.GetAsync(press.Session, cancellationToken);
        if (session is null || session.Phase == SessionPhase.Ended || session.Channel != channel)
        {
            return "That session is over. Start a new one with `/watch start title:\"The Matrix\"`.";
        }

        var parsed = press.ToCommand();
        if (!parsed.IsSuccess)
        {
            return ReplyText(new CommandOutcome(new InvalidInput(parsed.Error), []));
        }

        var command = parsed.Command;
        var actor = await ActorAsync(channel, action.UserId, action.UserName, cancellationToken);
        return await WithinBudgetAsync(dispatcher.HandleAsync(new CommandRequest(channel, actor, command, moderators), CancellationToken.None), channel, action.UserId);
    }

    /// <summary>Slack passes no facts of its own beyond its configuration: the standing service decides.</summary>
    private Task<Actor> ActorAsync(ChannelAddress channel, string userId, string? userName, CancellationToken cancellationToken) =>
        standing.ForAsync(channel, new UserRef(SlackPlatform.Name, userId, UserText.DisplayName(userName, userId)), moderators, cancellationToken);

    /// <summary>
    /// The command read in the sender's own zone when Slack tells it: the lookup is part of the work,
    /// so it counts inside the ack budget (a slow one gets "working on it", never a late ack).
    /// </summary>
    private async Task<CommandOutcome> InTheirZoneAsync(ChannelAddress channel, Actor actor, string userId, WatchCommand command)
    {
        var zone = await zones.ForAsync(channel.SpaceId, userId, CancellationToken.None);
        return await dispatcher.HandleAsync(new CommandRequest(channel, actor with { TimeZone = zone }, command, moderators), CancellationToken.None);
    }

    private async Task<string?> WithinBudgetAsync(Task<CommandOutcome> work, ChannelAddress channel, string userId)
    {
        if (await AnswerBudget.WithinAsync(work, options.Value.AckBudget, time, CancellationToken.None) is { IsInTime: true, Value: { } outcome })
        {
            return ReplyText(outcome);
        }

        Log.AnsweredLate(logger, channel.SpaceId, channel.ChannelId);
        _ = FollowUpAsync(work, channel, userId);
        return "Working on it — I'll answer here in a moment.";
    }

    private async Task FollowUpAsync(Task<CommandOutcome> work, ChannelAddress channel, string userId)
    {
        string? reply;
        try
        {
            reply = ReplyText(await work);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.CommandFailed(logger, ex, channel.SpaceId, channel.ChannelId);
            reply = SomethingWrong;
        }

        if (reply is not null)
        {
            outbox.Enqueue(new EphemeralItem(channel, userId, reply));
        }
    }

    private static string? ReplyText(CommandOutcome outcome) =>
        outcome.Reply?.ToReply() is { } reply ? SlackMarkup.Reply(reply) : null;
}
