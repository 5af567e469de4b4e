using WatchBot.Core.Features.MovieNights.Rules;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;
using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Features.Sessions.Rules;

// Creating sessions: start now, or schedule for later.
public static partial class SessionRules
{
    private static Decision Start(CommandContext context, StartCommand command)
    {
        if (RefuseByPermissions(context, command.Policy) is { } refused)
        {
            return refused;
        }

        var options = context.Options;
        if (context.Live is { } live)
        {
            return Decision.Refuse(
                $"\"{live.Title}\" is already running here. One session per channel: end it first.",
                "/watch end");
        }

        // A booked session that found the channel busy has it next, the moment it is free.
        if (context.Upcoming.FirstOrDefault(u => u.WaitingSince is not null) is { } waiting)
        {
            return Decision.Refuse(
                $"\"{waiting.Title}\" is booked here and starts as soon as the channel is free. Schedule yours after it.",
                "/watch status");
        }

        if (command.Adult && RefuseAdult(context, $"/watch start title:\"{ShownTitle(context, command.Title)}\"") is { } adultRefused)
        {
            return adultRefused;
        }

        var countdown = command.CountdownIn ?? options.DefaultCountdown;
        if (countdown < options.MinCountdown || countdown > options.MaxCountdown)
        {
            return InvalidValue(
                $"The countdown must be between {DurationText.Format(options.MinCountdown)} and {DurationText.Format(options.MaxCountdown)}; longer is a /watch schedule.",
                "/watch start title:\"The Matrix\" in:10s");
        }

        if (ValidateNewSession(command.Title, command.Runtime, options, "start") is { } invalid)
        {
            return invalid;
        }

        var readyExample = $"/watch start title:\"{ShownTitle(context, command.Title)}\" ready:all";
        if (ReadReadyCheck(context, command.Ready, countdown, booked: false, readyExample, out var check) is { } badReady)
        {
            return badReady;
        }

        if (check is not null)
        {
            return HoldStart(context, NewSession(context, command.Title, command.Runtime, command.Policy) with { Adult = command.Adult }, check);
        }

        var target = PressPlayAt(context.Now + countdown);
        var session = NewSession(context, command.Title, command.Runtime, command.Policy) with
        {
            Adult = command.Adult,
            Phase = SessionPhase.CountingDown,
            CountdownTarget = target,
            Clock = new MediaClock(target, TimeSpan.Zero, IsRunning: true, command.Runtime),
        };

        return new Decision
        {
            Next = session,
            ToChannel = [new CountdownStarted(session, target, TimeSpan.Zero, context.Actor.User, IsResume: false)],
            Arm = [new SessionTimer(session.Id, TimerKind.Go, target, target), .. EndTimer(session)],
        };
    }

    private static Decision Schedule(CommandContext context, ScheduleCommand command)
    {
        if (RefuseByPermissions(context, command.Policy) is { } forbidden)
        {
            return forbidden;
        }

        if (command.Adult && RefuseAdult(context, ScheduleExample(context, command.Title, "in 2h")) is { } adultRefused)
        {
            return adultRefused;
        }

        // repeat: a recurring movie night, set up by its own feature (its first occurrence is this booking).
        if (command.Repeat is not null && command.Ready is not null)
        {
            return InvalidValue(
                "ready: works on a single booking; a repeating movie night can't take it yet. Book it without ready:, or book one evening with it.",
                ScheduleExample(context, command.Title, "friday 9pm") + " ready:3");
        }

        if (command.Repeat is not null)
        {
            return command.Adult ? AdultSeriesNotYet() : MovieNightRules.ScheduleSeries(context, command);
        }

        var options = context.Options;
        var understood = command.At.Resolve(context.Now, context.TimeZone);
        if (understood is WhenRefused refused)
        {
            // The first time that works (just before a skipped hour), typed back in the command.
            return InvalidValue(refused.Reason, ScheduleExample(context, command.Title, refused.Suggestions.Count > 0 ? refused.Suggestions[0] : "in 2h"));
        }

        var when = (WhenResolved)understood;
        var at = PressPlayAt(when.Instant);
        if (at <= context.Now)
        {
            return InvalidValue(
                $"{LocalTimeText.Of(when.Instant, when.ZoneId)} has already passed. Pick a time in the future.",
                "/watch schedule title:\"Alien\" at:\"in 2h\"");
        }

        if (at - context.Now > options.MaxScheduleAhead)
        {
            return InvalidValue(
                $"That is too far ahead: sessions can be scheduled up to {(int)options.MaxScheduleAhead.TotalDays} days ahead.",
                "/watch schedule title:\"Alien\" at:\"in 2h\"");
        }

        if (ValidateNewSession(command.Title, command.Runtime, options, "schedule") is { } invalid)
        {
            return invalid;
        }

        if (RefuseOverlap(context, command.Title, at, command.Runtime) is { } overlap)
        {
            return overlap;
        }

        var lead = options.ScheduledCountdownLead > options.MinCountdown ? options.ScheduledCountdownLead : options.MinCountdown;
        if (ReadReadyCheck(context, command.Ready, lead, booked: true, ScheduleExample(context, command.Title, "in 2h") + " ready:3", out var check) is { } badReady)
        {
            return badReady;
        }

        var session = NewSession(context, command.Title, command.Runtime, command.Policy) with
        {
            Adult = command.Adult,
            ReadyCheck = check,
            Phase = SessionPhase.Scheduled,
            ScheduledFor = at,
            Seats = command.Seats,
            ReminderLeads = ReminderRules.LeadsFor(command.ReminderLeads, options),
            TimeZone = when.ZoneId,
        };

        (session, var readyArm) = ArmReadyCheck(session, context.Now, options);
        var scheduled = new SessionScheduled(session, at, context.Actor.User) { Note = when.Note };

        var begin = at - options.ScheduledCountdownLead;
        if (begin > context.Now)
        {
            return new Decision
            {
                Next = session,
                ToChannel = [scheduled],
                Arm = [new SessionTimer(session.Id, TimerKind.BeginCountdown, at, begin), .. ReminderRules.ArmFor(session, context.Now), .. readyArm],
            };
        }

        // Close enough that its countdown is already due: count down now (or wait for the live
        // session), in the same decision, rather than through a timer that could fire after the bot
        // has started to stop.
        var counting = BeginScheduled(session, context.Live, context.Now, options);
        return counting with { ToChannel = [scheduled, .. counting.ToChannel] };
    }

    private static Decision? ValidateNewSession(string title, TimeSpan? runtime, SessionRulesOptions options, string verb)
    {
        // The example must itself work: schedule cannot go without at:.
        var example = verb == "schedule" ? "/watch schedule title:\"The Matrix\" at:\"in 2h\"" : $"/watch {verb} title:\"The Matrix\"";
        var cleaned = UserText.Clean(title);
        if (UserText.VisibleLength(cleaned) > options.MaxTitleLength)
        {
            return InvalidValue($"The title is too long: {options.MaxTitleLength} characters at most.", example);
        }

        if (runtime is { } r && (r <= TimeSpan.Zero || r > options.MaxRuntime))
        {
            return InvalidValue(
                $"The runtime must be more than 0 and at most {DurationText.Format(options.MaxRuntime)}.",
                example + " runtime:2h16m");
        }

        return null;
    }

    private static WatchSession NewSession(CommandContext context, string title, TimeSpan? runtime, ControlPolicy? policy)
    {
        var cleaned = UserText.Clean(title);
        return new WatchSession
        {
            Id = context.NewSessionId,
            Channel = context.Channel,
            Title = cleaned.Length == 0 ? context.Options.DefaultTitle : cleaned,
            Host = context.Actor.User,
            Phase = SessionPhase.Scheduled,
            Clock = MediaClock.Stopped(context.Now, runtime),
            Policy = policy ?? ControlPolicy.HostAndModerators,
            CreatedAt = context.Now,
            Participants = [context.Actor.User],
        };
    }

    private static Decision InvalidValue(string message, string example) =>
        Decision.ReplyOnly(new InvalidInput(new CommandError(message, example)));
}
