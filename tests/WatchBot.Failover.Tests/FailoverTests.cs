using System.Globalization;
using Npgsql;
using WatchBot.Emulators.Discord;
using WatchBot.Testing.Postgres;
using Xunit.Abstractions;

namespace WatchBot.Failover.Tests;

/// <summary>
/// The scale-out issue's failover test: three real WatchBot processes share one PostgreSQL database (one
/// Quartz cluster), 1,000 sessions in 1,000 channels are booked for the same whole minute through signed
/// interactions spread round-robin over the three, and one instance is SIGKILLed 30 s before the start.
/// Every channel must get exactly one GO, every acknowledged booking must be stored and started, and the
/// emulated Discord must never answer 429 to the fleet. Everything is judged from outside: the emulator's
/// record of what the channels received, and the database.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private const int Sessions = 1000;
    private const int Victim = 1;
    private const int PoolSize = 30;
    private static readonly TimeSpan KillBefore = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Checkin = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CheckinMisfire = TimeSpan.FromSeconds(3);

    /// <summary>From the first booking to the start: booking 1,000 took 100 s on two cores at load 70; the kill needs 30 s more.</summary>
    private static readonly TimeSpan BookingLead = TimeSpan.FromSeconds(180);

    /// <summary>How long after the start every GO may take to arrive (1,000 at Discord's 50/s take 20 s).</summary>
    private static readonly TimeSpan GoDeadline = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task ThreeInstances_OneKilled30sBeforeTheStart_EveryGoPostedOnce_NothingAcknowledgedLost()
    {
        var time = TimeProvider.System;
        await using var database = await PostgresTestDatabase.CreateAsync();
        using var signer = Ed25519Signer.Test();
        await using var api = await DiscordApiEmulator.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
        using var fleet = new Fleet();
        try
        {
            // Each instance has two pools (sessions, Quartz); Npgsql's default of 100 each would let three
            // instances open 600 connections, twice what the server allows (max_connections 300).
            var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = PoolSize }.ConnectionString;
            await fleet.StartAsync(3, connectionString, api, signer, client, Checkin, CheckinMisfire);
            var watch = new ClusterWatch(database.ConnectionString);
            Say($"ready: {string.Join(", ", await watch.CheckedInAsync())} checked in; load {Load()}");

            var start = NextWholeMinute(time.GetUtcNow() + BookingLead);
            Say($"booking {Sessions} sessions for {start:HH:mm:ss} UTC ({(start - time.GetUtcNow()).TotalSeconds:F0} s from now)");
            var bookingStarted = time.GetTimestamp();
            var bookings = await Bookings.BookAsync(Sessions, start, fleet.Instances, api, signer, client);
            var acknowledged = bookings.Where(b => b.Acknowledged).ToList();
            var ackMs = bookings.Where(b => b.Acknowledged).Select(b => b.Milliseconds).Order().ToArray();
            Say(string.Create(CultureInfo.InvariantCulture,
                $"booked in {time.GetElapsedTime(bookingStarted).TotalSeconds:F1} s: {acknowledged.Count} acknowledged, ack p50 {Stats.Percentile(ackMs, 50):F0} ms p99 {Stats.Percentile(ackMs, 99):F0} ms; load {Load()}"));
            foreach (var refused in bookings.Where(b => !b.Acknowledged).Take(5))
            {
                Say($"  not acknowledged: #{refused.Index} on instance {refused.Instance}: {refused.Answer}");
            }

            var killAt = start - KillBefore;
            Assert.True(time.GetUtcNow() < killAt - TimeSpan.FromSeconds(5), $"Booking ended at {time.GetUtcNow():HH:mm:ss}, too close to the kill at {killAt:HH:mm:ss}: the machine is slower than {BookingLead} of lead allows.");
            await Task.Delay(killAt - time.GetUtcNow(), time);

            var victim = fleet.Instances[Victim];
            Assert.True(await watch.WaitUntilCheckedInAsync(victim.Name, time.GetUtcNow() + TimeSpan.FromSeconds(10)), $"{victim.Name} is not checked in to the cluster before the kill");
            victim.KillHard();
            var killed = time.GetUtcNow();
            var claimed = await watch.ClaimedSessionsAsync(victim.Name);
            var leased = await watch.LeasedChannelsAsync(victim.Name);
            Say($"{killed:HH:mm:ss.fff} SIGKILLed {victim.Name}; it had claimed {claimed.Count} timer(s) and held {leased.Count} channel lease(s); load {Load()}");
            var released = await watch.WaitUntilTakenOverAsync(victim.Name, killed + TimeSpan.FromMinutes(2));
            Say($"{released:HH:mm:ss.fff} its claims were taken over ({(released - killed)?.TotalSeconds:F1} s after the kill)");

            var channels = acknowledged.Select(b => b.ChannelId).ToList();
            var ledger = await WaitForEveryGoAsync(api, channels, start);

            // Facts from the database: the bookings, their starts, and what the outbox never sent.
            var stored = await Database.SessionsAsync(database.ConnectionString);
            var pending = await Database.PendingOutboxAsync(database.ConnectionString);
            var byChannel = stored.GroupBy(s => s.ChannelId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var lost = acknowledged.Where(b => !byChannel.TryGetValue(b.ChannelId, out var rows) || rows.Count != 1 || rows[0].StartedAt is null || rows[0].ScheduledFor != start).ToList();
            var sessionChannel = stored.ToDictionary(s => s.Id, s => s.ChannelId, StringComparer.Ordinal);

            var figures = new FailoverFigures(
                Sessions,
                acknowledged.Count,
                ledger.Once,
                ledger.Missing.Count,
                ledger.Doubled.Count,
                ledger.LateStarts,
                acknowledged.Count - lost.Count,
                new TakeOver(
                    released - killed,
                    claimed.Count,
                    FirstGoAfter(ledger, claimed.Select(id => sessionChannel.GetValueOrDefault(id)).OfType<string>(), killed),
                    leased.Count,
                    await watch.FirstSentAsync(leased, killed) - killed,
                    FirstGoAfter(ledger, acknowledged.Where(b => b.Instance == Victim).Select(b => b.ChannelId), killed)),
                ledger.LatenessSeconds(start),
                api.PeakPerSecond,
                Stats.PeakPerSecond(api.Calls.Where(c => !c.IsInteraction).Select(c => c.At)),
                api.RateLimitedCount,
                api.NonceRepeats,
                Stats.Percentile(ackMs, 99),
                Load());
            Say(figures.Summary());
            Say($"pending outbox entries: {(pending.Count == 0 ? "none" : string.Join(", ", pending.Select(p => $"{p.Key} {p.Value}")))}; survivors running: {fleet.Instances.Count(i => !i.HasExited)}");
            WriteFiguresFile(figures.Summary());

            Assert.True(acknowledged.Count == Sessions, $"{Sessions - acknowledged.Count} bookings were not acknowledged, e.g. {string.Join("; ", bookings.Where(b => !b.Acknowledged).Take(3).Select(b => b.Answer))}");
            Assert.True(lost.Count == 0, $"{lost.Count} acknowledged bookings are missing, doubled, unstarted or moved in the database, e.g. "
                + string.Join("; ", lost.Take(5).Select(b => $"channel {b.ChannelId} (instance {b.Instance}): " + string.Join(", ", byChannel.GetValueOrDefault(b.ChannelId, []).Select(r => $"{r.Id} {r.Phase} for {r.ScheduledFor:HH:mm:ss} started {r.StartedAt:HH:mm:ss.fff}")))));
            Assert.True(ledger.Missing.Count == 0, $"{ledger.Missing.Count} channels got no GO (nor its late form), e.g. {string.Join(", ", ledger.Missing.Take(5))}");
            Assert.True(ledger.Doubled.Count == 0, $"{ledger.Doubled.Count} channels got more than one GO (or late form), e.g. {string.Join(", ", ledger.Doubled.Take(5))}");
            Assert.True(api.RateLimitedCount == 0, $"the emulated Discord answered {api.RateLimitedCount} × 429 to the fleet (peak {figures.PeakAttempted}/s attempted): {LimitedRoutes(api)}");
            Assert.True(released is not null, $"the survivors never took over {victim.Name}'s claims (its check-in row is still there)");
            Assert.Equal(fleet.Instances.Count - 1, fleet.Instances.Count(i => !i.HasExited));
        }
        catch
        {
            foreach (var line in fleet.Logs(400))
            {
                output.WriteLine(line);
            }

            throw;
        }
    }

    /// <summary>Until every channel has a GO and REST has been quiet for 5 s (a late double post would show), or the deadline.</summary>
    private async Task<GoLedger> WaitForEveryGoAsync(DiscordApiEmulator api, List<string> channels, DateTimeOffset start)
    {
        var time = TimeProvider.System;
        var giveUp = start + GoDeadline;
        var lastReport = time.GetUtcNow();
        while (true)
        {
            var ledger = GoLedger.Of(ChannelMessages.All(api), channels);
            var calls = api.Calls;
            var quiet = calls.Count == 0 || time.GetUtcNow() - calls[^1].At > TimeSpan.FromSeconds(5);
            if ((ledger.Complete && quiet) || time.GetUtcNow() > giveUp)
            {
                return ledger;
            }

            if (time.GetUtcNow() - lastReport > TimeSpan.FromSeconds(15))
            {
                lastReport = time.GetUtcNow();
                Say($"{(lastReport - start).TotalSeconds:F0} s from the start: {channels.Count - ledger.Missing.Count} channels with a GO, {calls.Count} requests, {api.RateLimitedCount} × 429; load {Load()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), time);
        }
    }

    /// <summary>Which routes were answered 429, by method and path with ids folded, most first.</summary>
    private static string LimitedRoutes(DiscordApiEmulator api) =>
        string.Join("; ", api.Calls.Where(c => c.Status == 429)
            .GroupBy(c => c.Method + " " + System.Text.RegularExpressions.Regex.Replace(c.Path, "[0-9]{6,}", "{id}"))
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} × {g.Count()}"));

    private static TimeSpan? FirstGoAfter(GoLedger ledger, IEnumerable<string> channels, DateTimeOffset killed) =>
        channels.Select(ledger.FirstGo).OfType<DateTimeOffset>().Where(at => at >= killed).Order().Select(at => at - killed).Cast<TimeSpan?>().FirstOrDefault();

    private static DateTimeOffset NextWholeMinute(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeSeconds((instant.ToUnixTimeSeconds() / 60 + 1) * 60);

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The summary line where the lead can read it after a run (next to the test assembly).</summary>
    private static void WriteFiguresFile(string summary) =>
        File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "failover-figures.txt"), summary + Environment.NewLine);

    private void Say(string line) => output.WriteLine($"{TimeProvider.System.GetUtcNow():HH:mm:ss.fff} {line}");
}
