using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WatchBot.Emulators.Discord;
using WatchBot.Testing;

namespace WatchBot.Bench.Memory;

/// <summary>
/// The built bot (src/WatchBot/bin/Release) in its own process, started the way the Dockerfile starts it
/// (<c>dotnet WatchBot.dll</c>, with the Dockerfile's <c>DOTNET_*</c> variables), on the HTTP interactions transport with REST pointed at the emulator,
/// SQLite and Quartz in a temporary folder (<c>WATCHBOT_BENCH_BOT</c> = another WatchBot.dll, or a native executable, to measure). A separate process, so that what is measured is the bot's
/// memory and nothing of the benchmark's.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;

    private readonly string _folder;

    private BotProcess(Process process, Uri interactions, string dll, string folder)
    {
        _process = process;
        _folder = folder;
        Interactions = interactions;
        Dll = dll;
    }

    public Uri Interactions { get; }

    /// <summary>The WatchBot.dll being measured (its runtimeconfig.json lies beside it).</summary>
    public string Dll { get; }

    public int Id => _process.Id;

    public static async Task<BotProcess> StartAsync(DiscordApiEmulator api, Ed25519Signer signer, HttpClient client)
    {
        // WATCHBOT_BENCH_BOT measures another build, e.g. the Dockerfile's published folder's WatchBot.dll,
        // or a native executable (dotnet publish -p:PublishAot=true).
        var bot = Environment.GetEnvironmentVariable("WATCHBOT_BENCH_BOT") is { Length: > 0 } other
            ? Path.GetFullPath(other)
            : Path.Combine(RepositoryFolder.Root, "src", "WatchBot", "bin", "Release", "net10.0", "WatchBot.dll");
        if (!File.Exists(bot))
        {
            throw new FileNotFoundException($"Build the bot first (dotnet build WatchBot.sln -c Release): {bot} is missing.");
        }

        var folder = Directory.CreateTempSubdirectory("watchbot-bench-memory-").FullName;
        var port = FreePort();
        // A native executable (a Native AOT publish) runs by itself; a WatchBot.dll under dotnet.
        var native = !bot.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(native ? bot : "dotnet") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        if (!native)
        {
            start.ArgumentList.Add(bot);
        }

        foreach (var argument in new[]
        {
            "--Discord:Transport=http",
            "--Discord:PublicKey=" + signer.PublicKeyHex,
            "--Discord:Token=bench-token",
            "--Discord:ApplicationId=" + DiscordInteractions.ApplicationId,
            "--Discord:ApiBaseUrl=" + api.BaseUrl,
            "--Http:Urls=http://127.0.0.1:" + port,
            "--Shell:Enabled=false",
            // WATCHBOT_BENCH_BOT_LOG=Debug shows what the bot does (e.g. a build that acknowledges but posts nothing).
            "--Logging:LogLevel:Default=" + (Environment.GetEnvironmentVariable("WATCHBOT_BENCH_BOT_LOG") is { Length: > 0 } level ? level : "Error"),
            "--Storage:SqlitePath=" + Path.Combine(folder, "w.db"),
            "--Scheduling:SqlitePath=" + Path.Combine(folder, "q.db"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in ImageEnvironment.Read())
        {
            start.Environment[name] = value;
        }

        // WATCHBOT_BENCH_BOT_DOTNET_X=v is DOTNET_X=v for the bot alone, e.g. the JIT's list of compiled
        // methods (DOTNET_JitStdOutFile, DOTNET_JitDisasmSummary), which the benchmark must not write too.
        foreach (var (name, value) in BotOnlyVariables())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("  bot: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var running = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/discord/interactions"), bot, folder);
        await running.WaitUntilAnsweringAsync(signer, client);
        return running;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Until Discord's PING is answered (the web host is up and the signature key loaded).</summary>
    private async Task WaitUntilAnsweringAsync(Ed25519Signer signer, HttpClient client)
    {
        var time = TimeProvider.System;
        var giveUp = time.GetUtcNow() + TimeSpan.FromMinutes(2);
        while (time.GetUtcNow() < giveUp)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} before answering.");
            }

            try
            {
                using var ping = DiscordInteractionSender.SignedRequest(Interactions, signer, DiscordInteractions.Ping().ToJsonString(), time.GetUtcNow());
                using var response = await client.SendAsync(ping);
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

        throw new TimeoutException("The bot did not answer a PING within 2 minutes.");
    }

    private static IEnumerable<(string Name, string Value)> BotOnlyVariables()
    {
        const string Prefix = "WATCHBOT_BENCH_BOT_";
        foreach (var name in Environment.GetEnvironmentVariables().Keys.OfType<string>())
        {
            if (name.StartsWith(Prefix + "DOTNET_", StringComparison.Ordinal) && Environment.GetEnvironmentVariable(name) is { } value)
            {
                yield return (name[Prefix.Length..], value);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
