using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;
using WatchBot.Discord.Channels;
using WatchBot.Discord.Events;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rendering;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Standing;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// Turns an interaction into a command and its outcome into an answer: <c>/watch &lt;sub&gt;</c> with
/// options, session-message buttons, autocomplete. Guild channels only; moderators are members with
/// Manage Server or Manage Events, a configured role, or a stored moderator.
/// </summary>
internal sealed class InteractionCommands(
    CommandDispatcher dispatcher,
    StandingService standing,
    ISessionStore store,
    DiscordCauseBook causes,
    GuildEventGrants grants,
    ChannelAttachGrants attach,
    IOptions<DiscordOptions> options,
    AnsweredCards answered,
    ButtonTokens buttons)
{
    /// <summary>Longest option value accepted; the grammar has its own tighter limits (title 100).</summary>
    private const int MaxOptionLength = 1000;

    public static bool IsKnownType(int type) =>
        type is InteractionTypes.ApplicationCommand or InteractionTypes.MessageComponent or InteractionTypes.Autocomplete;

    /// <summary>
    /// <c>/watch start</c> and <c>/watch schedule</c> answer with the session card itself (issue 13):
    /// the message the command causes is the interaction's own answer, not a REST post under the 50/s.
    /// </summary>
    public bool MayAnswerWithCard(Interaction interaction) =>
        options.Value.AnswerWithCard
        && interaction.Type == InteractionTypes.ApplicationCommand
        && interaction.Options.FirstOrDefault(o => o.Type == InteractionTypes.SubCommand)?.Name is "start" or "schedule";

    public Task<JsonObject> AnswerAsync(Interaction interaction, CancellationToken cancellationToken) => interaction.Type switch
    {
        InteractionTypes.ApplicationCommand => CommandAsync(interaction, cancellationToken),
        InteractionTypes.MessageComponent => ButtonAsync(interaction, cancellationToken),
        InteractionTypes.Autocomplete => Task.FromResult(Autocomplete(interaction)),
        _ => Task.FromResult(InteractionAnswers.Ephemeral(DiscordReplies.UnknownKind)),
    };

    private async Task<JsonObject> CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!string.Equals(interaction.CommandName, "watch", StringComparison.Ordinal))
        {
            return InteractionAnswers.Ephemeral(DiscordReplies.OnlyWatch);
        }

        if (Where(interaction) is not { } channel || interaction.Member is null)
        {
            return InteractionAnswers.Ephemeral(DiscordReplies.GuildOnly);
        }

        var sub = interaction.Options.FirstOrDefault(o => o.Type is InteractionTypes.SubCommand or InteractionTypes.SubCommandGroup);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // A group (/watch mod add user:…) is the same command as typed "mod add": its sub-command is the
        // value of the option the declaration groups by.
        if (sub is { Type: InteractionTypes.SubCommandGroup })
        {
            var verb = sub.Options.FirstOrDefault(o => o.Type == InteractionTypes.SubCommand);
            if (verb is not null && CommandCatalog.Find(verb.Name) is { Under: { } group } && string.Equals(group, sub.Name, StringComparison.Ordinal))
            {
                // /watch mod kick: a sub-command of its own that Discord shows under the group.
                sub = verb;
            }
            else
            {
                values[CommandCatalog.Find(sub.Name)?.GroupBy ?? sub.Name] = verb?.Name ?? "";
                sub = verb is null ? null : sub with { Options = verb.Options };
            }
        }

        if (sub is null)
        {
            return Reply(new InvalidInput(new CommandError("Tell me what to do: a sub-command such as start, pause or status.", "/watch help")));
        }

        foreach (var option in sub.Options)
        {
            if (option.Value is null || option.Value.Length > MaxOptionLength || !values.TryAdd(option.Name, option.Value))
            {
                var example = CommandCatalog.Find(sub.Name)?.Example ?? "/watch help";
                return Reply(new InvalidInput(new CommandError($"The option {CommandParserShorten(option.Name)}: is missing, repeated or too long.", example)));
            }
        }

        var parsed = CommandParser.FromOptions(sub.Name, values);
        if (!parsed.IsSuccess)
        {
            return Reply(dispatcher.Invalid(channel, parsed.Error));
        }

        return await RunAsync(interaction, channel, parsed.Command, $"/watch {parsed.Command.Name}", cancellationToken);
    }

    private async Task<JsonObject> ButtonAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        // The custom_id is a card action id (CardActions, read in Core for every platform): the
        // sub-command, its options and the session, including the ids of cards posted before. A menu's
        // id lacks the value: the pick is it (watch:vote:<session> with "2" is /watch vote n:2).
        if (interaction.ComponentType == InteractionTypes.StringSelectComponent && interaction.Values.Count == 0)
        {
            return InteractionAnswers.Ephemeral(DiscordReplies.NothingPicked);
        }

        CardPress press;
        var known = interaction.ComponentType switch
        {
            InteractionTypes.ButtonComponent => CardActions.TryRead(interaction.CustomId, out press),
            InteractionTypes.StringSelectComponent => CardActions.TryReadChoice(interaction.CustomId, interaction.Values[0], out press),
            _ => Unknown(out press),
        };
        if (!known)
        {
            return InteractionAnswers.Ephemeral(DiscordReplies.UnknownButton);
        }

        if (Where(interaction) is not { } channel || interaction.Member is null)
        {
            return InteractionAnswers.Ephemeral(DiscordReplies.GuildOnly);
        }

        // A button belongs to one session: once it ended (or another took its place) it must change nothing.
        var session = await store.GetAsync(press.Session, cancellationToken);
        if (session is null || session.Phase == SessionPhase.Ended || session.Channel != channel)
        {
            return InteractionAnswers.Ephemeral(DiscordReplies.EndedButton);
        }

        var parsed = press.ToCommand();
        return parsed.IsSuccess
            ? await RunAsync(interaction, channel, parsed.Command, press.SubCommand, cancellationToken)
            : Reply(new InvalidInput(parsed.Error));
    }

    private async Task<JsonObject> RunAsync(Interaction interaction, ChannelAddress channel, WatchCommand command, string what, CancellationToken cancellationToken)
    {
        // Discord's facts: the sender's permissions and roles, and the members the command's user option resolved.
        var member = interaction.Member!;
        var platform = new DiscordModerators(options.Value, interaction.ResolvedMembers, member);
        var actor = await standing.ForAsync(channel, new UserRef(DiscordPlatform.Name, member.UserId, UserText.DisplayName(member.DisplayName, member.UserId)), platform, cancellationToken);

        // What this command queues for the channel carries this interaction: if the channel refuses
        // it, the kit tells this person through the interaction's follow-up.
        var cause = new DiscordSendCause(DiscordInteractionHandler.ApplicationOf(interaction, options.Value), interaction.Token);
        causes.Remember(channel, cause);

        // A button press's token can carry this channel's GO as a follow-up, outside the global 50/s.
        if (interaction.Type == InteractionTypes.MessageComponent)
        {
            buttons.Remember(channel, cause);
        }

        // Whether the bot may create events here: its bookings are listed in the Events tab only if so.
        grants.Saw(channel.SpaceId, interaction.AppPermissions);

        // Whether the recap's picture may go with the recap in this channel.
        attach.Saw(channel.ChannelId, interaction.AppPermissions);

        // Opened before the command runs: the card it queues waits for this answer instead of being posted.
        var pending = MayAnswerWithCard(interaction) ? answered.Open(channel, interaction.Id) : null;
        var outcome = await DispatchAsync(new CommandRequest(channel, actor, command, platform) { ChannelAgeRestricted = AgeRestricted(interaction) }, cancellationToken);
        if (pending is not null && outcome.Reply is null && outcome.Announced.Select(n => n.ToChannel().Card).FirstOrDefault(c => c is not null) is { } card)
        {
            var drawn = DiscordMarkup.Card(card).ToJson();
            pending.Offer(card.Key, drawn.ToJsonString());
            return InteractionAnswers.Card(drawn);
        }

        // Refusals stay private, and the kit need not wait for this answer any longer.
        if (pending is not null)
        {
            answered.Finish(pending, null);
        }

        return outcome.Reply is { } reply ? Reply(reply) : InteractionAnswers.Ephemeral(DiscordReplies.Done(what));
    }

    /// <summary>
    /// The command's outcome as soon as it is durable (<see cref="DiscordOptions.AnswerAtCommit"/>):
    /// timers and the relay go on under the channel's gate after the answer; their failures are the
    /// coordinator's to log, as before.
    /// </summary>
    private async Task<CommandOutcome> DispatchAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (!options.Value.AnswerAtCommit)
        {
            return await dispatcher.HandleAsync(request, cancellationToken);
        }

        var committed = new TaskCompletionSource<CommandOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handling = dispatcher.HandleAsync(request with { Committed = o => committed.TrySetResult(o) }, cancellationToken);
        var first = await Task.WhenAny(committed.Task, handling);
        if (first == handling)
        {
            return await handling;
        }

        // Answered early: what follows is observed here, so a late failure is never an unobserved task.
        _ = handling.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return await committed.Task;
    }

    /// <summary>
    /// The partial channel's <c>nsfw</c> when it can be trusted: present, and not on a thread (a
    /// thread never carries it: it follows its parent). Null sends the engine to ask Discord.
    /// </summary>
    private static bool? AgeRestricted(Interaction interaction) =>
        interaction.ChannelType is { } type && !ChannelObject.IsThreadType(type) ? interaction.ChannelNsfw : null;

    private static JsonObject Autocomplete(Interaction interaction)
    {
        var sub = interaction.Options.FirstOrDefault(o => o.Type == InteractionTypes.SubCommand);
        var focused = sub?.Options.FirstOrDefault(o => o.Focused);
        var typed = focused?.Value ?? "";
        IEnumerable<string> candidates = focused?.Name switch
        {
            "emoji" => SessionActions.Reactions,
            "in" => ["3s", "10s", "30s", "1m", "5m"],
            "runtime" => ["1h30m", "2h", "2h30m"],
            "to" => ["-30s", "+30s", "0:00:00"],
            "at" => ["in 10m", "in 1h", "in 2h"],
            _ => [],
        };
        return InteractionAnswers.Choices(candidates
            .Where(c => c.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || typed.Length == 0)
            .Select(c => (c, c)));
    }

    private static bool Unknown(out CardPress press)
    {
        press = null!;
        return false;
    }

    private static ChannelAddress? Where(Interaction interaction) =>
        interaction.GuildId is { } guild && interaction.ChannelId is { } channelId
            ? new ChannelAddress(DiscordPlatform.Name, guild.ToString(), channelId.ToString())
            : null;

    /// <summary>The notice's reply view; one with nothing for the sender says it was done.</summary>
    private static JsonObject Reply(Notice notice) => InteractionAnswers.Ephemeral(notice.ToReply() ?? DiscordReplies.Say("Done."));

    // Only shortened: the error's message is drawn as user text, escaped by the markup.
    private static string CommandParserShorten(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
