using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using WatchBot.Emulators.Discord;
using WatchBot.Testing;

namespace WatchBot.Failover.Tests;

/// <summary>
/// One real WatchBot process as deployed (<c>dotnet WatchBot.dll</c> from src/WatchBot/bin/Release), on
/// the HTTP interactions transport with REST pointed at the emulator, PostgreSQL storage and clustered
/// Quartz on the shared database, its own port and instance name, settings through the environment as a
/// container gets them. Its console is kept (with arrival stamps) for the test output on failure.
/// </summary>
internal sealed class BotInstance : IDisposable
{
    private const int KeptLines = 3000;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private BotInstance(string name, Process process, Uri root)
    {
        Name = name;
        _process = process;
        Root = root;
    }

    /// <summary>Its <c>Scheduling:InstanceId</c> (Quartz's name for it in the cluster).</summary>
    public string Name { get; }

    public Uri Root { get; }

    public Uri Interactions => new(Root, "discord/interactions");

    /// <summary>True once it was killed (or exited by itself).</summary>
    public bool HasExited => _process.HasExited;

    public static BotInstance Start(string name, string connectionString, DiscordApiEmulator api, Ed25519Signer signer, TimeSpan checkin, TimeSpan checkinMisfire)
    {
        var bot = Path.Combine(RepositoryFolder.Root, "src", "WatchBot", "bin", "Release", "net10.0", "WatchBot.dll");
        if (!File.Exists(bot))
        {
            throw new FileNotFoundException($"Build the bot first (dotnet build src/WatchBot -c Release): {bot} is missing.");
        }

        var folder = Directory.CreateTempSubdirectory("watchbot-failover-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [bot])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Discord__Transport"] = "http",
            ["Discord__PublicKey"] = signer.PublicKeyHex,
            ["Discord__Token"] = "failover-token",
            ["Discord__ApplicationId"] = DiscordInteractions.ApplicationId,
            ["Discord__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Http__Urls"] = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            ["Shell__Enabled"] = "false",
            ["Storage__Provider"] = "postgres",
            ["Storage__ConnectionString"] = connectionString,
            ["Scheduling__InstanceId"] = name,
            ["Scheduling__ClusterCheckinInterval"] = checkin.ToString("c", CultureInfo.InvariantCulture),
            ["Scheduling__ClusterCheckinMisfireThreshold"] = checkinMisfire.ToString("c", CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
            // Quartz's cluster manager says at Information when it finds a dead instance and what it recovers.
            ["Logging__LogLevel__Quartz.Impl.AdoJobStore"] = "Information",
        })
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var instance = new BotInstance(name, process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => instance.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return instance;
    }

    /// <summary>Until <c>/healthz/ready</c> answers 200 (database reachable, platform ready), or the process dies, or <paramref name="giveUpAfter"/>.</summary>
    public async Task WaitUntilReadyAsync(HttpClient client, TimeSpan giveUpAfter)
    {
        var time = TimeProvider.System;
        var giveUp = time.GetUtcNow() + giveUpAfter;
        while (time.GetUtcNow() < giveUp)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Root, "healthz/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), time);
        }

        throw new TimeoutException($"{Name} was not ready within {giveUpAfter}.");
    }

    /// <summary>SIGKILL on Linux: no shutdown, no flush, no goodbye to the cluster.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>What it printed, oldest first (the last <see cref="KeptLines"/> lines).</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not { Length: > 0 })
        {
            return;
        }

        _lines.Enqueue($"{TimeProvider.System.GetUtcNow():HH:mm:ss.fff} {line}");
        while (_lines.Count > KeptLines)
        {
            _lines.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
