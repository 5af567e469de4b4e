using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Shell;
using WatchBot.Shell;

namespace WatchBot.Contract.Tests.Readme;

/// <summary>
/// The real host with its shell channel, typed to line by line as a reader of the README types, on a
/// test clock: <c>/wait 5m</c> moves the clock (the timers due meanwhile fire) instead of waiting. Each
/// line returns what the terminal printed for it, the echo of the typed line first; the recap's
/// picture is written for real, under a folder of its own.
/// </summary>
/// <param name="storage">Where the host keeps sessions and timers (the caller disposes it).</param>
internal sealed class ShellTranscript(ContractStorage storage) : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("watchbot-readme-").FullName;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private IHost? _host;
    private ScriptedTerminal? _terminal;
    private string _user = "alice";

    public FakeTimeProvider Clock { get; } = new(WatchBot.Testing.TestTime.Start);

    /// <summary>Where the shell writes pictures (what the README calls <c>data/recaps</c>).</summary>
    public string PictureFolder => Path.Combine(_folder, "data", "recaps");

    public async Task StartAsync()
    {
        _terminal = new ScriptedTerminal(line =>
        {
            lock (_gate)
            {
                _lines.Add(line);
            }
        });
        string[] args =
        [
            "--Shell:Enabled=true",
            "--Shell:UserName=alice",
            "--Shell:PictureFolder=" + PictureFolder,
            .. await storage.ArgsAsync(_folder),
        ];
        _host = WatchBotHost.Create(args, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IShellTerminal>(_terminal);
        });
        await _host.StartAsync();
    }

    /// <summary>
    /// <paramref name="user"/> types <paramref name="line"/>; returns the lines printed for it once at
    /// least <paramref name="expected"/> came (a timer's lines arrive after the clock moved).
    /// </summary>
    public async Task<IReadOnlyList<string>> TypeAsync(string user, string line, int expected)
    {
        if (user != _user)
        {
            await _terminal!.TypeAsync("/as " + user);
            _user = user;
        }

        var start = Count();
        if (ShellDirective.TryParse(line) is ShellDirective.Wait wait)
        {
            // What the shell's /wait does, without the waiting: the echo, then the clock moves.
            lock (_gate)
            {
                _lines.Add($"[{Clock.GetUtcNow():HH:mm:ss}] {user}> {line}");
            }

            Clock.Advance(wait.Duration);
        }
        else
        {
            await _terminal!.TypeAsync(line);
        }

        await Eventually.HoldsAsync(() => Count() - start >= expected + 1, () => $"After \"{line}\" the shell printed:\n{string.Join("\n", Since(start))}");
        return Since(start);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is { } host)
        {
            await host.StopAsync();
            host.Dispose();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold a file a moment longer; the OS cleans temp.
        }
    }

    private int Count()
    {
        lock (_gate)
        {
            return _lines.Count;
        }
    }

    private List<string> Since(int start)
    {
        lock (_gate)
        {
            return _lines[start..];
        }
    }
}
