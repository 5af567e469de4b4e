namespace WatchBot.Contract.Tests.Scenarios;

/// <summary>The scenarios of the contract, written once. View counts are cumulative: what the engine must have shown by then.</summary>
public static class Script
{
    /// <summary>A title an attacker chose: mentions and markup of every platform, and a terminal escape.</summary>
    public const string HostileTitle = "@everyone <!here> <@1> *The* _Matrix_ <t:1:R> \u001b[2J";

    public static readonly ContractScenario WholeSession = new("whole session",
    [
        new ContractStep.Say("alice", $"/watch start title:\"{HostileTitle}\" in:10s") { ViewsAfter = 1 },
        new ContractStep.Wait(TimeSpan.FromSeconds(10)) { ViewsAfter = 2 },
        new ContractStep.Wait(TimeSpan.FromSeconds(50)) { ViewsAfter = 2 },
        new ContractStep.Say("alice", "/watch pause") { ViewsAfter = 3 },
        new ContractStep.Say("alice", "/watch seek to:0:10:00") { ViewsAfter = 4 },
        new ContractStep.Say("alice", "/watch resume in:5s") { ViewsAfter = 5 },
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 6 },
        new ContractStep.Wait(TimeSpan.FromSeconds(30)) { ViewsAfter = 6 },
        new ContractStep.Say("alice", "/watch react emoji:😂 note:\"that face\"") { ViewsAfter = 7 },
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 7 },
        new ContractStep.Say("alice", "/watch rename title:\"Heat\"") { ViewsAfter = 8 },
        new ContractStep.Say("alice", "/watch end") { ViewsAfter = 9 },
    ]);

    public static readonly ContractScenario Refusals = new("refusals",
    [
        new ContractStep.Say("alice", "/watch start title:Alien in:10s control:host") { ViewsAfter = 1 },
        new ContractStep.Wait(TimeSpan.FromSeconds(10)) { ViewsAfter = 2 },
        new ContractStep.Say("bob", "/watch pause") { ViewsAfter = 2 },
        new ContractStep.Say("alice", "/watch end") { ViewsAfter = 3 },
        new ContractStep.Say("bob", "/watch seek to:0:10:00") { ViewsAfter = 3 },
        new ContractStep.Say("bob", "/watch pasue") { ViewsAfter = 3 },
        new ContractStep.Say("bob", "/watch schedule title:Heat at:\"25:00\"") { ViewsAfter = 3 },
    ]);

    public static readonly ContractScenario ScheduledStart = new("scheduled start",
    [
        // A time as people type it, read in the space's zone (UTC here): two minutes after the 20:00 start.
        new ContractStep.Say("alice", "/watch schedule title:Heat at:8:02pm") { ViewsAfter = 1 },
        new ContractStep.Say("alice", "/watch rename title:\"Heat (director's cut)\"") { ViewsAfter = 2 },
        new ContractStep.Wait(TimeSpan.FromMinutes(1)) { ViewsAfter = 3 },
        new ContractStep.Wait(TimeSpan.FromMinutes(1)) { ViewsAfter = 4 },
    ]);

    public static readonly ContractScenario LateStartAfterRestart = new("late start after a restart",
    [
        new ContractStep.Say("alice", "/watch schedule title:Heat at:\"in 2m\" runtime:2h") { ViewsAfter = 1 },
        new ContractStep.Wait(TimeSpan.FromMinutes(1)) { ViewsAfter = 2 },
        new ContractStep.Restart(TimeSpan.FromMinutes(5)) { ViewsAfter = 3 },
        new ContractStep.Wait(TimeSpan.FromMinutes(1)) { ViewsAfter = 3 },
    ]);

    public static readonly ContractScenario BookingChanged = new("booking rescheduled and cancelled",
    [
        new ContractStep.Say("alice", "/watch schedule title:Heat at:\"in 2h\"") { ViewsAfter = 1 },
        new ContractStep.Say("alice", "/watch reschedule at:\"in 3h\"") { ViewsAfter = 2 },
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 2 },
        new ContractStep.Say("bob", "/watch cancel") { ViewsAfter = 2 },
        new ContractStep.Say("alice", "/watch cancel title:heat") { ViewsAfter = 3 },
    ]);

    public static readonly ContractScenario RepeatingMovieNight = new("repeating movie night",
    [
        new ContractStep.Say("alice", "/watch schedule title:\"Film Club\" at:\"in 2h\" repeat:weekly") { ViewsAfter = 1 },
        new ContractStep.Say("alice", "/watch series") { ViewsAfter = 1 },

        // Spaced as people type: Slack posts about one message a second in a channel.
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 1 },
        new ContractStep.Say("alice", "/watch skip") { ViewsAfter = 3 },
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 3 },
        new ContractStep.Say("alice", "/watch series action:end") { ViewsAfter = 4 },
    ]);

    /// <summary>One seat: bob takes it, alice waits, bob drops out and alice is promoted; the reminder mentions only her.</summary>
    public static readonly ContractScenario SeatsAndReminders = new("seats and reminders",
    [
        new ContractStep.Say("alice", "/watch schedule title:Heat at:\"in 20m\" seats:1 reminders:15m") { ViewsAfter = 1 },
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 1 },
        new ContractStep.Say("bob", "/watch rsvp going") { ViewsAfter = 2 },
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 2 },
        new ContractStep.Say("alice", "/watch rsvp going") { ViewsAfter = 3 },
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 3 },
        new ContractStep.Say("bob", "/watch rsvp no") { ViewsAfter = 4 },
        new ContractStep.Say("alice", "/watch attendees") { ViewsAfter = 4 },
        new ContractStep.Wait(TimeSpan.FromMinutes(5)) { ViewsAfter = 5 },
    ]);

    /// <summary>
    /// Bob arrives late: his join and his checks are answered to him alone (no view is added), while
    /// playing, during a countdown and while paused.
    /// </summary>
    public static readonly ContractScenario LateJoiner = new("late joiner",
    [
        new ContractStep.Say("alice", "/watch start title:Heat in:10s") { ViewsAfter = 1 },
        new ContractStep.Say("bob", "/watch join") { ViewsAfter = 1 },
        new ContractStep.Wait(TimeSpan.FromSeconds(10)) { ViewsAfter = 2 },
        new ContractStep.Wait(TimeSpan.FromSeconds(42)) { ViewsAfter = 2 },
        new ContractStep.Say("bob", "/watch join") { ViewsAfter = 2 },
        new ContractStep.Say("bob", "/watch check at:0:00:38.5") { ViewsAfter = 2 },
        new ContractStep.Say("bob", "/watch check at:0:00:44.3") { ViewsAfter = 2 },
        new ContractStep.Say("bob", "/watch check at:0:00:42") { ViewsAfter = 2 },
        new ContractStep.Say("bob", "/watch check at:soon") { ViewsAfter = 2 },
        new ContractStep.Say("alice", "/watch pause") { ViewsAfter = 3 },
        new ContractStep.Say("bob", "/watch join") { ViewsAfter = 3 },
        new ContractStep.Say("bob", "/watch check at:0:00:50") { ViewsAfter = 3 },
    ]);

    /// <summary>Two people ask for a break (one card line, edited), a member may not approve, the host does: it pauses until resume.</summary>
    public static readonly ContractScenario BreakApproved = new("break requested and approved",
    [
        new ContractStep.Say("alice", "/watch start title:Heat in:10s") { ViewsAfter = 1 },
        new ContractStep.Wait(TimeSpan.FromSeconds(10)) { ViewsAfter = 2 },
        new ContractStep.Wait(TimeSpan.FromSeconds(50)) { ViewsAfter = 2 },
        new ContractStep.Say("bob", "/watch break") { ViewsAfter = 3 },
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 3 },
        new ContractStep.Say("dave", "/watch break") { ViewsAfter = 4 },
        new ContractStep.Say("bob", "/watch break") { ViewsAfter = 4 },
        new ContractStep.Say("bob", "/watch break approve") { ViewsAfter = 4 },
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 4 },
        new ContractStep.Say("alice", "/watch break approve") { ViewsAfter = 5 },
        new ContractStep.Say("alice", "/watch resume in:5s") { ViewsAfter = 6 },
        new ContractStep.Wait(TimeSpan.FromSeconds(5)) { ViewsAfter = 7 },
        new ContractStep.Say("alice", "/watch end") { ViewsAfter = 8 },
    ]);

    /// <summary>A ready check: the card counts people in place, bob may not start it early, alice's ready lets it go.</summary>
    public static readonly ContractScenario ReadyCheck = new("ready check",
    [
        new ContractStep.Say("alice", "/watch start title:Heat ready:3") { ViewsAfter = 1 },
        new ContractStep.Say("bob", "/watch ready") { ViewsAfter = 2 },
        new ContractStep.Say("bob", "/watch resume") { ViewsAfter = 2 },
        new ContractStep.Say("alice", "/watch ready") { ViewsAfter = 3 },
        new ContractStep.Say("alice", "/watch resume in:5s") { ViewsAfter = 5 },
        new ContractStep.Wait(TimeSpan.FromSeconds(6)) { ViewsAfter = 6 },
    ]);

    /// <summary>A ready check whose deadline comes after a restart: the start goes anyway, without those not ready.</summary>
    public static readonly ContractScenario ReadyCheckDeadlineAfterRestart = new("ready check deadline after a restart",
    [
        new ContractStep.Say("alice", "/watch start title:Heat ready:2 wait:2m in:5s") { ViewsAfter = 1 },
        new ContractStep.Say("bob", "/watch ready") { ViewsAfter = 2 },
        new ContractStep.Restart(TimeSpan.FromMinutes(1)) { ViewsAfter = 2 },
        new ContractStep.Wait(TimeSpan.FromSeconds(65)) { ViewsAfter = 4 },
        new ContractStep.Wait(TimeSpan.FromSeconds(10)) { ViewsAfter = 5 },
    ]);

    public static readonly IReadOnlyList<ContractScenario> All =
        [WholeSession, Refusals, ScheduledStart, LateStartAfterRestart, BookingChanged, RepeatingMovieNight, SeatsAndReminders, LateJoiner, BreakApproved, ReadyCheck, ReadyCheckDeadlineAfterRestart];
}
