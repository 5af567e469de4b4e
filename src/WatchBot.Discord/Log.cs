using Microsoft.Extensions.Logging;

namespace WatchBot.Discord;

/// <summary>
/// Discord's log lines (EventIds 4000–4299; the gateway uses 4300–4499). Never tokens, never
/// message text: ids, routes, status codes and counts only.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(4000, LogLevel.Information, "Discord on, transport {Transport}")]
    public static partial void Enabled(ILogger logger, string transport);

    [LoggerMessage(4001, LogLevel.Warning, "Interaction refused: {Reason}")]
    public static partial void InteractionRefused(ILogger logger, string reason);

    [LoggerMessage(4002, LogLevel.Warning, "Interaction {InteractionId} could not be handled")]
    public static partial void InteractionFailed(ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(4004, LogLevel.Information, "Interaction {InteractionId} seen before: not handled again")]
    public static partial void InteractionReplayed(ILogger logger, string interactionId);

    [LoggerMessage(4032, LogLevel.Warning, "Discord send skipped: its channel id is not a snowflake")]
    public static partial void NotASnowflake(ILogger logger);

    [LoggerMessage(4003, LogLevel.Debug, "Interaction {InteractionId} deferred: the answer took longer than the budget")]
    public static partial void InteractionDeferred(ILogger logger, string interactionId);

    [LoggerMessage(4010, LogLevel.Warning, "Discord REST {Route} answered {Status} (code {Code})")]
    public static partial void RestFailed(ILogger logger, string route, int status, int code);

    [LoggerMessage(4011, LogLevel.Warning, "Discord REST {Route} rate limited ({Scope}), retrying after {RetryAfterMs} ms")]
    public static partial void RateLimited(ILogger logger, string route, string scope, long retryAfterMs);

    [LoggerMessage(4012, LogLevel.Warning, "Discord REST {Route} failed to send")]
    public static partial void RestSendFailed(ILogger logger, Exception exception, string route);

    [LoggerMessage(4013, LogLevel.Error, "{Count} invalid Discord responses in 10 minutes: sends to channels paused to stay clear of the 10,000 ban")]
    public static partial void InvalidRequestCeiling(ILogger logger, int count);

    [LoggerMessage(4020, LogLevel.Information, "Registered /watch ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, string scope);

    [LoggerMessage(4021, LogLevel.Error, "Registering /watch failed with {Status} (code {Code})")]
    public static partial void CommandsRegistrationFailed(ILogger logger, int status, int code);

    [LoggerMessage(4040, LogLevel.Information, "Discord event {EventId} created in guild {GuildId}")]
    public static partial void EventCreated(ILogger logger, string guildId, string eventId);

    [LoggerMessage(4041, LogLevel.Information, "Discord event {EventId} in guild {GuildId} found again and linked")]
    public static partial void EventAdopted(ILogger logger, string guildId, string eventId);

    [LoggerMessage(4042, LogLevel.Information, "Discord event {EventId} in guild {GuildId} changed: {What}")]
    public static partial void EventChanged(ILogger logger, string guildId, string eventId, string what);

    [LoggerMessage(4043, LogLevel.Warning, "Discord event in guild {GuildId} not kept in step: {Status} (code {Code})")]
    public static partial void EventFailed(ILogger logger, string guildId, int status, int code);

    [LoggerMessage(4044, LogLevel.Information, "Guild {GuildId} told once why its movie nights are not in the Events tab ({Reason})")]
    public static partial void EventNoteTold(ILogger logger, string guildId, string reason);

    [LoggerMessage(4045, LogLevel.Information, "Discord refused a message with a picture ({Status}, code {Code}): sent again as text")]
    public static partial void PictureLeftOut(ILogger logger, int status, int code);

    [LoggerMessage(4050, LogLevel.Debug, "Card in channel {ChannelId} is the interaction's answer, message {MessageId}: not posted again")]
    public static partial void CardWasAnswer(ILogger logger, string channelId, string messageId);

    [LoggerMessage(4051, LogLevel.Information, "Interaction webhook refused the {What} ({Status}, code {Code}): channel REST instead")]
    public static partial void WebhookRefused(ILogger logger, string what, int status, int code);

    [LoggerMessage(4052, LogLevel.Warning, "Interaction {InteractionId} answered with the card, but its message id could not be read ({Status}, code {Code})")]
    public static partial void OriginalUnknown(ILogger logger, string interactionId, int status, int code);
}
