using Npgsql;

namespace WatchBot.Failover.Tests;

/// <summary>
/// Quartz's cluster bookkeeping in the shared database, read directly: which session timers an instance
/// had claimed (<c>qrtz_fired_triggers</c>), and when the survivors declared it dead and took those
/// claims over (its <c>qrtz_scheduler_state</c> row is deleted by the survivor's cluster recovery, after
/// the claims are released), and which channels' outboxes it held leases on (<c>outbox_leases</c>).
/// Polled, so the instant is known to within the poll interval.
/// </summary>
internal sealed class ClusterWatch(string connectionString)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>The session ids whose timers <paramref name="instance"/> had acquired or was firing.</summary>
    public async Task<IReadOnlyList<string>> ClaimedSessionsAsync(string instance)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT trigger_name FROM qrtz_fired_triggers WHERE instance_name = @instance", connection);
        command.Parameters.AddWithValue("instance", instance);
        var sessions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // Trigger names are "<session id>/<timer kind>" (SessionTimerJobData).
            sessions.Add(reader.GetString(0).Split('/')[0]);
        }

        return sessions;
    }

    /// <summary>The channels whose outbox <paramref name="instance"/> held a live lease on (it alone sends their entries).</summary>
    public async Task<IReadOnlyList<string>> LeasedChannelsAsync(string instance)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT channel_id FROM outbox_leases WHERE owner = @instance AND expires_at > now()", connection);
        command.Parameters.AddWithValue("instance", instance);
        var channels = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            channels.Add(reader.GetString(0));
        }

        return channels;
    }

    /// <summary>When the first outbox entry of <paramref name="channels"/> was marked sent after <paramref name="after"/>, or null.</summary>
    public async Task<DateTimeOffset?> FirstSentAsync(IReadOnlyList<string> channels, DateTimeOffset after)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT min(sent_at) FROM outbox WHERE channel_id = ANY(@channels) AND sent_at > @after", connection);
        command.Parameters.AddWithValue("channels", channels.ToArray());
        command.Parameters.AddWithValue("after", after);
        return await command.ExecuteScalarAsync() is DateTime first ? new DateTimeOffset(first, TimeSpan.Zero) : null;
    }

    /// <summary>The instances checked in now.</summary>
    public async Task<IReadOnlyList<string>> CheckedInAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name", connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>
    /// Until <paramref name="instance"/> is checked in (on loaded cores a live instance that checks in late
    /// is declared dead and rejoins at its next check-in), or <paramref name="giveUp"/>.
    /// </summary>
    public async Task<bool> WaitUntilCheckedInAsync(string instance, DateTimeOffset giveUp)
    {
        var time = TimeProvider.System;
        while (time.GetUtcNow() < giveUp)
        {
            if ((await CheckedInAsync()).Contains(instance, StringComparer.Ordinal))
            {
                return true;
            }

            await Task.Delay(Poll, time);
        }

        return false;
    }

    /// <summary>When <paramref name="instance"/>'s check-in row was gone (taken over), or null at <paramref name="giveUp"/>.</summary>
    public async Task<DateTimeOffset?> WaitUntilTakenOverAsync(string instance, DateTimeOffset giveUp)
    {
        var time = TimeProvider.System;
        while (time.GetUtcNow() < giveUp)
        {
            if (!(await CheckedInAsync()).Contains(instance, StringComparer.Ordinal))
            {
                return time.GetUtcNow();
            }

            await Task.Delay(Poll, time);
        }

        return null;
    }
}
