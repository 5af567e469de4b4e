using System.Text.RegularExpressions;
using WatchBot.Core.Features.Calendar;
using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Tests.Features.MovieNights;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Commands;

/// <summary>
/// Help shows the catalog's examples to every new user, on any day: none may name a date, and each
/// must be accepted whatever "now" is (a fixed instant in an example is in the past within days).
/// </summary>
public sealed partial class CatalogExamplesAtAnyNowTests
{
    public static TheoryData<string, DateTimeOffset> ExamplesAtManyNows()
    {
        var data = new TheoryData<string, DateTimeOffset>();
        DateTimeOffset[] nows =
        [
            T0,
            new(2026, 12, 2, 0, 0, 0, TimeSpan.Zero),
            new(2031, 6, 15, 23, 59, 59, TimeSpan.Zero),
            new(2099, 1, 1, 12, 0, 0, TimeSpan.Zero),
        ];
        foreach (var line in CommandCatalog.HelpLines())
        {
            foreach (var now in nows)
            {
                data.Add(line.Split(" — ")[0], now);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesAtManyNows))]
    public void HelpExample_IsAcceptedAtAnyNow(string example, DateTimeOffset now)
    {
        var parsed = CommandParser.Parse(example);
        Assert.True(parsed.IsSuccess, $"\"{example}\": {parsed.Error?.Message}");

        // Each example runs where it makes sense: ready before GO, playback commands on a playing session.
        var live = parsed.Command switch
        {
            StartCommand or ScheduleCommand or ModCommand or AuditCommand or CalendarCommand or SettingsCommand or HelpCommand or StatusCommand or MyDataCommand or ForgetMeCommand or RecapCommand => null,
            ReadyCommand => CountingDown(now + TimeSpan.FromSeconds(5)),
            _ => Playing(TimeSpan.FromMinutes(10)) with { Clock = new MediaClock(now, TimeSpan.FromMinutes(10), IsRunning: true, null) },
        };
        // RSVPs and attendee lists are about a booking ahead.
        IReadOnlyList<WatchSession> upcoming = parsed.Command is RsvpCommand or AttendeesCommand ? [Scheduled(now + TimeSpan.FromHours(2))] : [];
        if (upcoming.Count > 0)
        {
            live = null;
        }

        var context = new CommandContext(Channel, Carol, now, live, upcoming, NewId, Options());

        // Changing a booking needs one: "Alien" an hour ahead; a series command, the channel's film club with its occurrence booked.
        if (parsed.Command is CancelCommand or RescheduleCommand or SkipCommand or SeriesCommand)
        {
            var club = GivenSeries.FilmClub(first: DateOnly.FromDateTime(now.UtcDateTime.AddDays(2)), zone: "UTC");
            context = context with
            {
                Live = null,
                Upcoming = [Scheduled(now + TimeSpan.FromHours(1)), GivenSeries.BookedOccurrence(club)],
                Series = [club],
            };
        }

        // A poll is about a booking ahead: opened on "Alien" two hours ahead; nominate and vote in its open poll.
        if (parsed.Command is PollCommand or NominateCommand or VoteCommand)
        {
            var booking = Scheduled(now + TimeSpan.FromHours(2));
            context = context with
            {
                Live = null,
                Upcoming = [booking],
                Polls = parsed.Command is PollCommand ? [] : [Features.Polls.PollTests.WithTwoTitles(booking, now)],
            };
        }

        // The engine reads who a command names (user:) before the rules see it: here, Bob.
        var command = parsed.Command is INamesPerson named ? named.WithTarget(Bob) : parsed.Command;
        var decision = SessionRules.Decide(context, command);

        // Moderation (but kick, lock, unlock and host), bans, reminder preferences, the calendar, the settings, privacy and recaps are the engine's services, not session rules.
        if (parsed.Command is not (ModCommand or AuditCommand or BanCommand or UnbanCommand or RemindersCommand or CalendarCommand or SettingsCommand or MyDataCommand or ForgetMeCommand or RecapCommand))
        {
            Assert.False(decision.Reply is Refused or InvalidInput, $"\"{example}\" at {now:O} was refused: {decision.Reply}");
        }
    }

    [Fact]
    public void HelpExamples_NameNoDate()
    {
        foreach (var line in CommandCatalog.HelpLines())
        {
            Assert.DoesNotMatch(DatePattern(), line);
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex DatePattern();
}
