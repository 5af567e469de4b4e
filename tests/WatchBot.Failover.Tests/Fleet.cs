using WatchBot.Emulators.Discord;

namespace WatchBot.Failover.Tests;

/// <summary>
/// N WatchBot processes on one database. The first starts alone and provisions the schema (Quartz's and
/// ours); the others start together once it is ready. Disposing kills every one still running.
/// </summary>
internal sealed class Fleet : IDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(3);

    private readonly List<BotInstance> _instances = [];

    public IReadOnlyList<BotInstance> Instances => _instances;

    /// <summary>Starts <paramref name="count"/> instances and waits until each is ready; on failure, those started stay for <see cref="Logs"/> and <see cref="Dispose"/>.</summary>
    public async Task StartAsync(int count, string connectionString, DiscordApiEmulator api, Ed25519Signer signer, HttpClient client, TimeSpan checkin, TimeSpan checkinMisfire)
    {
        for (var i = 0; i < count; i++)
        {
            _instances.Add(BotInstance.Start($"failover-{(char)('a' + i)}", connectionString, api, signer, checkin, checkinMisfire));
            if (i == 0)
            {
                // Alone first: two schedulers provisioning Quartz's tables on an empty database race (a known start-up issue).
                await _instances[0].WaitUntilReadyAsync(client, ReadyWithin);
            }
        }

        await Task.WhenAll(_instances.Skip(1).Select(b => b.WaitUntilReadyAsync(client, ReadyWithin)));
    }

    /// <summary>Every instance's console, for a failed run's output.</summary>
    public IEnumerable<string> Logs(int lastLines)
    {
        foreach (var instance in _instances)
        {
            var lines = instance.Lines;
            yield return $"===== {instance.Name} ({(instance.HasExited ? "exited" : "running")}), last {Math.Min(lastLines, lines.Count)} of {lines.Count} lines =====";
            foreach (var line in lines.Skip(Math.Max(0, lines.Count - lastLines)))
            {
                yield return line;
            }
        }
    }

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }
    }
}
