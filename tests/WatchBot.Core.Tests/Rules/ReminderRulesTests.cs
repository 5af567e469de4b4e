using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.MovieNights.Rules;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary>Reminders: to those going (not waiting, not maybe, not opted out), once per lead, past leads skipped.</summary>
public sealed class ReminderRulesTests
{
    private static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: false);
    private static readonly Actor Erin = new(new UserRef("test", "u-erin", "erin"), IsModerator: false);
    private static readonly DateTimeOffset Start = T0 + (2 * 24 * Hour);

    private static WatchSession Booked() => Scheduled(Start) with
    {
        Seats = 2,
        ReminderLeads = [24 * Hour, 15 * Minute],
        Rsvps =
        [
            new Rsvp(Alice.User, RsvpAnswer.Going, T0),
            new Rsvp(Bob.User, RsvpAnswer.Going, T0 + Minute),
            new Rsvp(Dave.User, RsvpAnswer.Going, T0 + (2 * Minute)),
            new Rsvp(Erin.User, RsvpAnswer.Maybe, T0),
        ],
    };

    private static SessionTimer Timer(TimeSpan lead) => new(NextId, TimerKind.Reminder, Start, Start - lead);

    [Fact]
    public void Booking_ArmsTheFirstLead_AndTheDefaultsAre24hAnd15m()
    {
        var decision = Decide("/watch schedule title:Alien at:\"in 48h\"", Alice);

        Assert.Equal([24 * Hour, 15 * Minute], decision.Next!.ReminderLeads);
        Assert.Contains(new SessionTimer(NewId, TimerKind.Reminder, T0 + (48 * Hour), T0 + (24 * Hour)), decision.Arm);
    }

    [Fact]
    public void LeadsAlreadyPastWhenBooking_AreSkipped()
    {
        var decision = Decide("/watch schedule title:Alien at:\"in 2h\" reminders:\"24h,3h,1h\"", Alice);

        Assert.Equal([24 * Hour, 3 * Hour, Hour], decision.Next!.ReminderLeads);
        var reminder = Assert.Single(decision.Arm, t => t.Kind == TimerKind.Reminder);
        Assert.Equal(T0 + Hour, reminder.DueAt);
    }

    [Fact]
    public void RemindersOff_ArmsNothing()
    {
        var decision = Decide("/watch schedule title:Alien at:\"in 48h\" reminders:off seats:5", Alice);

        Assert.Empty(decision.Next!.ReminderLeads);
        Assert.Equal(5, decision.Next.Seats);
        Assert.DoesNotContain(decision.Arm, t => t.Kind == TimerKind.Reminder);
    }

    [Theory]
    [InlineData("reminders:0s")]
    [InlineData("reminders:soon")]
    [InlineData("reminders:\"1h,2h,3h,4h,5h,6h\"")]
    [InlineData("seats:0")]
    [InlineData("seats:many")]
    public void BadSeatsOrReminders_AreRefusedWithAnExample(string option)
    {
        var parsed = CommandParser.Parse($"/watch schedule title:Alien at:\"in 2h\" {option}");

        Assert.False(parsed.IsSuccess);
        Assert.StartsWith("/watch schedule", parsed.Error.Example, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReminder_MentionsExactlyThoseWithASeat_MinusThoseWhoTurnedItOff()
    {
        var decision = ReminderRules.OnTimer(Booked(), Timer(24 * Hour), new HashSet<UserKey> { Bob.User.Key }, Start - (24 * Hour));

        var due = Assert.IsType<ReminderDue>(Assert.Single(decision.ToChannel));
        Assert.Equal([Alice.User], due.Notified);
        var mentioned = due.ToChannel().Announcements.SelectMany(a => a.Lines).SelectMany(l => l.Parts).OfType<MentionPart>();
        Assert.Equal([Alice.User], mentioned.Select(m => m.User));
        Assert.Equal([24 * Hour], decision.Next!.RemindersSent);
        Assert.Equal([Timer(15 * Minute)], decision.Arm);
    }

    [Fact]
    public void EachLead_IsSentOnce_ATimerFiringTwiceSaysNothing()
    {
        var first = ReminderRules.OnTimer(Booked(), Timer(24 * Hour), new HashSet<UserKey>(), Start - (24 * Hour));
        var again = ReminderRules.OnTimer(first.Next!, Timer(24 * Hour), new HashSet<UserKey>(), Start - (24 * Hour) + Second);

        Assert.Single(first.ToChannel);
        Assert.Same(Decision.Nothing, again);
    }

    [Fact]
    public void SeveralLeadsDueAtOnce_SendOneReminder()
    {
        var late = ReminderRules.OnTimer(Booked(), Timer(24 * Hour), new HashSet<UserKey>(), Start - (10 * Minute));

        Assert.Single(late.ToChannel);
        Assert.Equal([24 * Hour, 15 * Minute], late.Next!.RemindersSent.Order().Reverse());
        Assert.Empty(late.Arm);
    }

    [Fact]
    public void NobodyGoing_SendsNoMessage_ButCommitsTheLead()
    {
        var nobody = Booked() with { Rsvps = [new Rsvp(Erin.User, RsvpAnswer.Maybe, T0)] };

        var decision = ReminderRules.OnTimer(nobody, Timer(24 * Hour), new HashSet<UserKey>(), Start - (24 * Hour));

        Assert.Empty(decision.ToChannel);
        Assert.Equal([24 * Hour], decision.Next!.RemindersSent);
    }

    [Fact]
    public void AMovedOrStartedBooking_IgnoresTheOldTimer()
    {
        var moved = Booked() with { ScheduledFor = Start + Hour };
        var started = Booked() with { Phase = SessionPhase.CountingDown };

        Assert.Same(Decision.Nothing, ReminderRules.OnTimer(moved, Timer(24 * Hour), new HashSet<UserKey>(), Start - (24 * Hour)));
        Assert.Same(Decision.Nothing, ReminderRules.OnTimer(started, Timer(24 * Hour), new HashSet<UserKey>(), Start - (24 * Hour)));
    }

    [Fact]
    public void Moved_SendsAgainTheLeadsStillAhead()
    {
        var sent = Booked() with { RemindersSent = [24 * Hour], ScheduledFor = Start + (3 * 24 * Hour) };

        var moved = ReminderRules.Moved(sent, T0);

        Assert.Empty(moved.RemindersSent);
        Assert.Equal(Start + (2 * 24 * Hour), Assert.Single(ReminderRules.ArmFor(moved, T0)).DueAt);
    }

    [Fact]
    public void ManyGoing_AreMentionedOverSeveralMessages_EachOnce()
    {
        var people = Enumerable.Range(0, 120).Select(i => new UserRef("test", $"u{i}", $"p{i}")).ToList();
        var crowd = Booked() with { Seats = null, Rsvps = [.. people.Select(p => new Rsvp(p, RsvpAnswer.Going, T0))] };

        var due = Assert.IsType<ReminderDue>(Assert.Single(ReminderRules.OnTimer(crowd, Timer(24 * Hour), new HashSet<UserKey>(), Start - (24 * Hour)).ToChannel));

        var messages = due.ToChannel().Announcements;
        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.InRange(m.Lines.SelectMany(l => l.Parts).OfType<MentionPart>().Count(), 1, 50));
        Assert.Equal(people, messages.SelectMany(m => m.Lines).SelectMany(l => l.Parts).OfType<MentionPart>().Select(m => m.User));
    }
}
