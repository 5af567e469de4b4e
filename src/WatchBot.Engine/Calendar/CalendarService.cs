using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.Calendar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Calendar;

/// <summary>
/// <c>/watch calendar [reset]</c> on every platform, moderators only, answered to the sender alone.
/// The secret is shown once, when it is issued: only its hash is stored (see the README's calendar
/// section for why), so a later <c>/watch calendar</c> says a feed exists and offers <c>reset</c>.
/// </summary>
public sealed class CalendarService(
    ICalendarFeeds feeds,
    ICalendarFeedAddress address,
    TimeProvider time,
    ILogger<CalendarService> logger) : ICommandHandler
{
    private static readonly Refused Failed = new("Something went wrong on my side and no feed was issued. Please try again in a moment.", null);

    private static readonly Refused NoAddress = new(
        "the calendar feed needs the address people reach this bot at, and none is set. " +
        "Whoever runs the bot sets Http:PublicBaseUrl (environment Http__PublicBaseUrl), e.g. https://watchbot.example.com, and restarts it.",
        null);

    /// <summary>The calendar feature's registration with the dispatcher.</summary>
    public IReadOnlyCollection<Type> CommandTypes { get; } = [typeof(CalendarCommand)];

    public async Task<CommandOutcome> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var command = (CalendarCommand)request.Command;
        if (!request.Actor.IsModerator)
        {
            return Answer(new Refused($"only a moderator can show or reset the calendar feed. Moderators here are {request.Platform.WhoModerates}; ask one of them.", null));
        }

        var secret = CalendarSecret.New();
        if (address.UrlOf(secret) is not { } url)
        {
            return Answer(NoAddress);
        }

        var space = request.Channel;
        try
        {
            var hash = CalendarSecret.Hash(secret);
            var now = time.GetUtcNow();
            if (command.Verb == CalendarVerb.Reset)
            {
                var replaced = await feeds.ReplaceAsync(space.Platform, space.SpaceId, hash, now, cancellationToken);
                Log.CalendarFeedIssued(logger, replaced ? "reset" : "issued", space.Platform, space.SpaceId);
                return Answer(new CalendarFeedIssued(url.AbsoluteUri, replaced));
            }

            if (await feeds.TryCreateAsync(space.Platform, space.SpaceId, hash, now, cancellationToken))
            {
                Log.CalendarFeedIssued(logger, "issued", space.Platform, space.SpaceId);
                return Answer(new CalendarFeedIssued(url.AbsoluteUri, Replaced: false));
            }

            var existing = await feeds.GetAsync(space.Platform, space.SpaceId, cancellationToken);
            return Answer(new CalendarFeedExists(existing?.CreatedAt ?? now));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.CalendarFeedFailed(logger, ex, space.Platform, space.SpaceId);
            return Answer(Failed);
        }
    }

    private static CommandOutcome Answer(Notice reply) => new(reply, []);
}
