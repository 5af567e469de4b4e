using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Core.Views;
using WatchBot.Shell;

namespace WatchBot.Contract.Tests.Shell;

/// <summary>
/// The shell: the real host with its shell channel on, reading typed lines from a scripted terminal.
/// What it received is the terminal's lines, minus the echo of what was typed and the lines only the
/// sender sees (those are the answers).
/// </summary>
/// <param name="moderators">Who is switched to as a moderator.</param>
/// <param name="pictureFolder">Where the recap's picture is written; null: pictures off (the contract compares words).</param>
/// <param name="storage">Where the host keeps sessions and timers (the caller disposes it); null: SQLite files in the platform's folder.</param>
internal sealed class ShellContractPlatform(IReadOnlySet<string>? moderators = null, string? pictureFolder = null, ContractStorage? storage = null) : IContractPlatform
{
    private readonly string _folder = Directory.CreateTempSubdirectory("watchbot-contract-shell-").FullName;

    private readonly ContractStorage _storage = storage ?? ContractStorage.Sqlite();
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly HashSet<int> _notChannel = [];
    private IHost? _host;
    private ScriptedTerminal? _terminal;
    private readonly List<string> _drawn = [];
    private ShellPublisher? _drawing;
    private string _user = "alice";

    public string Name => "shell";

    public FakeTimeProvider Clock { get; } = new(WatchBot.Testing.TestTime.Start);

    public ViewLog Views { get; } = new();

    public IServiceProvider Services => _host!.Services;

    public string SpaceId => "local";

    public async Task StartAsync()
    {
        _terminal = new ScriptedTerminal(Write);
        _user = "alice";

        // The shell prints a card's lines that changed since it last saw the card, and a new host has
        // seen none: the expected drawing starts afresh with it.
        _drawing = new ShellPublisher(new ShellOutput(new ScriptedTerminal(_drawn.Add), Clock), new ShellMarkup(Clock));
        string[] args =
        [
            "--Shell:Enabled=true",
            "--Shell:UserName=alice",
            .. await _storage.ArgsAsync(_folder),

            // The contract compares views drawn as words; the recap's picture file (and the line naming
            // its path) is the shell's own extra, tested in Host.Tests/Shell/ShellRecapPictureTests.
            .. pictureFolder is null ? ["--Pictures:Enabled=false"] : new[] { "--Shell:PictureFolder=" + pictureFolder },
        ];
        _host = WatchBotHost.Create(args, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IShellTerminal>(_terminal);
            ViewTap.Install(services, Views);
        });
        await _host.StartAsync();
    }

    public async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync();
            host.Dispose();
        }
    }

    public async Task<string> SendAsync(string user, string line)
    {
        if (user != _user)
        {
            // A moderator here is whoever was switched to with /as NAME mod.
            await TypeAsync("/as " + user + (moderators?.Contains(user) == true ? " mod" : ""));
            _user = user;
        }

        var window = await TypeAsync(line);
        var answer = window.SkipWhile(l => !l.Contains("] (only you) ", StringComparison.Ordinal)).ToList();
        lock (_gate)
        {
            // The answer is the window's tail from its first sender-only line; view lines come before it.
            for (var i = _lines.Count - answer.Count; i < _lines.Count; i++)
            {
                _notChannel.Add(i);
            }
        }

        return string.Join("\n", answer);
    }

    /// <summary>The shell names people by name.</summary>
    public string IdOf(string user) => user;

    public IReadOnlyList<Delivery> Draw(ChannelView view)
    {
        _drawn.Clear();
        _drawing!.PublishAsync(new("shell", "local", "movie-night"), view, CancellationToken.None).GetAwaiter().GetResult();
        return [.. _drawn.Select(l => new Delivery("line", l))];
    }

    public string Draw(Reply reply)
    {
        var lines = new List<string>();
        new ShellOutput(new ScriptedTerminal(lines.Add), Clock).Whisper(new ShellMarkup(Clock).Draw(reply.Lines));
        return string.Join("\n", lines);
    }

    /// <summary>The shell prints nothing back when the engine has nothing to answer.</summary>
    public string NoAnswer(string line) => "";

    public IReadOnlyList<Delivery> Received()
    {
        lock (_gate)
        {
            return [.. _lines.Where((_, i) => !_notChannel.Contains(i)).Select(l => new Delivery("line", l))];
        }
    }

    public Task WaitForAsync(IReadOnlyList<Delivery> expected) =>
        // The shell prints inside PublishAsync, and a view is logged after that returns: its lines are there.
        Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold a file a moment longer; the OS cleans temp.
        }
    }

    /// <summary>Types a line; returns the lines printed while it was handled, the echo of the line itself left out.</summary>
    private async Task<IReadOnlyList<string>> TypeAsync(string line)
    {
        int start;
        lock (_gate)
        {
            start = _lines.Count;
        }

        await _terminal!.TypeAsync(line);
        lock (_gate)
        {
            _notChannel.Add(start);
            if (line.StartsWith("/as ", StringComparison.Ordinal))
            {
                _notChannel.UnionWith(Enumerable.Range(start, _lines.Count - start));
            }

            return _lines[(start + 1)..];
        }
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            _lines.Add(line);
        }
    }
}
