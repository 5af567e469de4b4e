using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;
using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Features.Polls.Rules;

// /watch poll open: for the next booking, or the one session: names (id, title, or a series' title).
public static partial class PollRules
{
    /// <summary>How long before the start voting ends when <c>closes:</c> is not given.</summary>
    public static readonly TimeSpan DefaultCloseLead = TimeSpan.FromHours(1);

    private const string OpenExample = "/watch poll open closes:\"in 2h\"";

    private static Decision Open(CommandContext context, PollCommand command)
    {
        var (session, refusal) = PickSession(context, command.Booking);
        if (session is null)
        {
            return refusal!;
        }

        if (!MayRun(session, context.Actor))
        {
            return Decision.Refuse($"Only the host of \"{session.Title}\" or a moderator can open a poll for it.", ShowExample);
        }

        if (context.Polls.Any(p => p.IsOpen && p.Session == session.Id))
        {
            return Decision.Refuse($"A poll for \"{session.Title}\" is already open.", ShowExample);
        }

        var start = session.ScheduledFor!.Value;
        DateTimeOffset? closes = DefaultCloses(start, context.Now, context.Options.ScheduledCountdownLead);
        if (command.Closes is { } phrase)
        {
            switch (phrase.Resolve(context.Now, context.TimeZone))
            {
                case WhenResolved resolved:
                    closes = SessionRules.PressPlayAt(resolved.Instant);
                    break;
                case WhenRefused refused:
                    return Decision.Refuse(refused.Reason, refused.Suggestions.Count > 0 ? $"/watch poll open closes:\"{refused.Suggestions[0]}\"" : OpenExample);
            }
        }

        if (closes is not { } at || at <= context.Now || at > start)
        {
            return Decision.Refuse($"A poll for \"{session.Title}\" has to close after now and by its start.", OpenExample);
        }

        var poll = new MoviePoll
        {
            Id = new PollId(context.NewSessionId.Value),
            Session = session.Id,
            Channel = context.Channel,
            OpenedBy = context.Actor.User,
            OpenedAt = context.Now,
            ClosesAt = at,
        };
        int? carried = null;
        if (command.Carry)
        {
            if (LastClosed(context) is not { } last)
            {
                return Decision.Refuse("carry:yes carries over the titles of the last poll that closed here, and none has closed yet.", "/watch poll open");
            }

            poll = CarriedOver(poll, last);
            carried = poll.Nominations.Count;
        }

        return Saved(session, poll, reply: null, new PollOpened(poll, session) { Carried = carried }) with
        {
            Arm = [new SessionTimer(session.Id, TimerKind.PollClose, at, at)],
        };
    }

    /// <summary>
    /// One hour before the start; when that hour has begun, as the countdown begins
    /// (<paramref name="countdownLead"/> before the start); null when that has passed too.
    /// </summary>
    public static DateTimeOffset? DefaultCloses(DateTimeOffset start, DateTimeOffset now, TimeSpan countdownLead) =>
        start - DefaultCloseLead > now ? SessionRules.PressPlayAt(start - DefaultCloseLead)
        : start - countdownLead > now ? SessionRules.PressPlayAt(start - countdownLead)
        : null;

    private static (WatchSession? Session, Decision? Refusal) PickSession(CommandContext context, string? named)
    {
        var booked = context.Upcoming
            .Where(s => s is { Phase: SessionPhase.Scheduled, ScheduledFor: not null })
            .OrderBy(s => s.ScheduledFor)
            .ToList();
        if (booked.Count == 0)
        {
            return (null, Decision.Refuse("A movie poll picks the title of a booked session, and none is booked here.", "/watch schedule title:\"Movie night\" at:\"friday 21:00\""));
        }

        if (named is null)
        {
            // A booking whose start has passed (waiting for its host) can no longer hold a vote: the next one ahead can.
            var ahead = booked.Find(s => s.ScheduledFor > context.Now);
            return ahead is not null
                ? (ahead, null)
                : (null, Decision.Refuse(
                    "Every booking here has reached its start, so there is nothing left to vote on. Book the next one first.",
                    "/watch schedule title:\"Movie night\" at:\"friday 21:00\""));
        }

        var name = UserText.Clean(named);
        var found = booked.Find(s => string.Equals(s.Id.Value, name, StringComparison.Ordinal))
            ?? booked.Find(s => string.Equals(s.Title, name, StringComparison.OrdinalIgnoreCase))
            ?? context.Series
                .Where(series => string.Equals(series.Title, name, StringComparison.OrdinalIgnoreCase))
                .Select(series => booked.Find(s => s.Occurrence?.Series == series.Id))
                .FirstOrDefault(s => s is not null);
        return found is not null
            ? (found, null)
            : (null, Decision.Refuse(
                $"No booking here is called \"{name}\". Booked: {string.Join(", ", booked.Select(b => $"\"{b.Title}\""))}.",
                $"/watch poll open session:\"{booked[0].Title}\""));
    }
}
