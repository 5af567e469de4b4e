using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// The real WatchBot binary, run as a user runs it (<c>dotnet WatchBot.dll</c>) in a working folder
/// of the test's own, with stdin piped. Every stdout line is kept with the instant it arrived.
/// </summary>
internal sealed class ShellProcess : IAsyncDisposable
{
    /// <summary>
    /// Found in a countdown's line in either wording: <c>"Alien" starts in 3s — press play at …</c>, and
    /// <c>"Alien" starts 1s ago — …</c> when a loaded machine printed it after its own target. Tests that
    /// are not about that wording wait for this, so a slow start-up does not fail them.
    /// </summary>
    public const string CountdownShown = "\" starts ";

    private readonly Process _process;
    private readonly ConcurrentQueue<(DateTimeOffset At, string Line)> _lines = new();
    private readonly StringBuilder _errors = new();
    private readonly SemaphoreSlim _newLine = new(0);

    private ShellProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _lines.Enqueue((TimeProvider.System.GetUtcNow(), e.Data));
                _newLine.Release();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }

            if (e.Data is not null)
            {
                _newLine.Release();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IReadOnlyList<(DateTimeOffset At, string Line)> Lines => [.. _lines];

    public string Transcript => string.Join('\n', _lines.Select(l => l.Line)) + "\n--- stderr ---\n" + Errors;

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static ShellProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, IEnumerable<string>? arguments = null)
    {
        // A WatchBot.dll runs under dotnet; a native executable (a Native AOT publish, .ci/aot-smoke) by itself.
        var binary = BinaryPath();
        var native = !binary.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(native ? binary : "dotnet", native ? [.. arguments ?? []] : [binary, .. arguments ?? []])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Discord__Token"] = "";
        info.Environment["Slack__BotToken"] = "";

        // A GO timer that fires late on a loaded machine is still a GO, not a "started 6s ago":
        // only a test about late starts (which sets it lower) wants the default 5 s.
        info.Environment["Sessions__LateGoTolerance"] = "00:01:00";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return new ShellProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    public async Task TypeAsync(params string[] lines)
    {
        foreach (var line in lines)
        {
            await _process.StandardInput.WriteLineAsync(line);
        }

        await _process.StandardInput.FlushAsync();
    }

    /// <summary>End of input: the shell finishes countdowns under way and exits.</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Waits for a stdout line containing <paramref name="text"/>; fails the test with the transcript if none comes.</summary>
    public async Task<(DateTimeOffset At, string Line)> WaitForLineAsync(string text, TimeSpan timeout, int occurrence = 1)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var matches = _lines.Where(l => l.Line.Contains(text, StringComparison.Ordinal)).ToList();
            if (matches.Count >= occurrence)
            {
                return matches[occurrence - 1];
            }

            try
            {
                await _newLine.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"No line with \"{text}\" (#{occurrence}) within {timeout}. Transcript:\n{Transcript}");
            }
        }
    }

    /// <summary>Waits for a stderr line (the log) containing <paramref name="text"/>; fails the test with the transcript if none comes.</summary>
    public async Task WaitForErrorAsync(string text, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (!Errors.Contains(text, StringComparison.Ordinal))
        {
            try
            {
                await _newLine.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"No stderr line with \"{text}\" within {timeout}. Transcript:\n{Transcript}");
            }
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"WatchBot did not exit within {timeout}. Transcript:\n{Transcript}");
        }

        _process.WaitForExit(); // drains the asynchronous stdout reader
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash or an OOM kill.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _newLine.Dispose();
    }

    /// <summary>The built WatchBot.dll of the same configuration as these tests, or <c>WATCHBOT_TEST_BOT</c> (another build, e.g. the Native AOT executable).</summary>
    private static string BinaryPath()
    {
        if (Environment.GetEnvironmentVariable("WATCHBOT_TEST_BOT") is { Length: > 0 } other)
        {
            return File.Exists(other) ? Path.GetFullPath(other) : throw new FileNotFoundException("WATCHBOT_TEST_BOT names no file", other);
        }

        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testDirectory.Parent!.Name; // bin/<Configuration>/net10.0/
        var root = testDirectory;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "WatchBot.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root!.FullName, "src", "WatchBot", "bin", configuration, "net10.0", "WatchBot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/WatchBot first", path);
    }

    /// <summary>
    /// The bot's own stamp on a line (<c>[HH:mm:ss] …</c>): the second at which it said it, on its clock,
    /// as a time of day. Unlike the instant a line reaches this test, it does not move when the
    /// machine is slow to hand output over.
    /// </summary>
    public static TimeSpan StampOf(string line)
    {
        Assert.True(line.Length > 10 && line[0] == '[' && line[9] == ']', $"no [HH:mm:ss] stamp on: {line}");
        return TimeSpan.ParseExact(line[1..9], @"hh\:mm\:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the first HH:mm:ss time of day after <paramref name="marker"/> in a line.</summary>
    public static TimeSpan ClockAfter(string line, string marker)
    {
        var start = line.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"\"{marker}\" not in: {line}");
        return TimeSpan.ParseExact(line.Substring(start + marker.Length, 8), @"hh\:mm\:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads the full instant after <paramref name="marker"/>, as the shell writes it
    /// (<c>Sun 2026-11-22 20:00:00 UTC</c> or <c>… UTC+01:00</c>), to the second.
    /// </summary>
    public static DateTimeOffset InstantAfter(string line, string marker)
    {
        var start = line.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"\"{marker}\" not in: {line}");
        var parts = line[(start + marker.Length)..].Split(' ');
        var offset = parts[3] == "UTC" ? TimeSpan.Zero : TimeSpan.ParseExact(parts[3][4..], @"hh\:mm", CultureInfo.InvariantCulture) * (parts[3][3] == '-' ? -1 : 1);
        var local = DateTime.ParseExact(parts[1] + " " + parts[2], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>How long after time of day <paramref name="from"/> time of day <paramref name="to"/> falls (across midnight too).</summary>
    public static TimeSpan Between(TimeSpan from, TimeSpan to)
    {
        var difference = to - from;
        return difference < TimeSpan.Zero ? difference + TimeSpan.FromDays(1) : difference;
    }

    /// <summary>
    /// A shown position agrees with the time the bot's own stamps say has passed since playback began
    /// (<paramref name="byStamps"/>). Both are truncated to the second, and a position is taken a moment
    /// before its line is stamped: the stamps may run up to 2 s ahead of it, or 1 s behind it when
    /// playback began mid-second. Load delays the lines, not what they say, so this holds on a slow machine.
    /// </summary>
    public static void AssertAgrees(TimeSpan byStamps, TimeSpan shown) =>
        Assert.True(byStamps - shown >= -TimeSpan.FromSeconds(1) && byStamps - shown <= TimeSpan.FromSeconds(2), $"shown {shown}, by the bot's stamps {byStamps}");

    /// <summary>Reads the first H:MM:SS position after <paramref name="marker"/> in a line.</summary>
    public static TimeSpan PositionAfter(string line, string marker)
    {
        var start = line.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"\"{marker}\" not in: {line}");
        var text = line[(start + marker.Length)..].Trim().Split(' ', ')', '.', ',')[0];
        return TimeSpan.ParseExact(text, @"h\:mm\:ss", CultureInfo.InvariantCulture);
    }
}
