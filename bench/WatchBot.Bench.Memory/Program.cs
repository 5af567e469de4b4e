using WatchBot.Bench.Memory;

// Memory of one WatchBot instance in its own process. Usage:
//   dotnet run -c Release -- [sessions] [settle-seconds]      default 10000 sessions, 30 s settle
//   sessions 0: idle only (a quick look after a change that is about start-up)
const string Usage = "Usage: dotnet run -c Release -- [sessions] [settle-seconds]   (default 10000 30; 0 sessions: idle only)";
if (!OperatingSystem.IsLinux())
{
    Console.Error.WriteLine("This benchmark reads /proc: it runs on Linux.");
    return 2;
}

var numbers = new List<int>();
foreach (var argument in args)
{
    if (!int.TryParse(argument, out var number) || number < 0 || (number == 0 && numbers.Count == 1))
    {
        Console.Error.WriteLine($"'{argument}' is not a whole number the benchmark can use. {Usage}");
        return 2;
    }

    numbers.Add(number);
}

if (numbers.Count > 2)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var sessions = numbers.Count > 0 ? numbers[0] : 10_000;
var settle = TimeSpan.FromSeconds(numbers.Count > 1 ? numbers[1] : 30);
Console.WriteLine(sessions == 0
    ? "Memory: one instance (dotnet WatchBot.dll, Discord over HTTP, SQLite), idle only"
    : $"Memory: one instance (dotnet WatchBot.dll, Discord over HTTP, SQLite), idle and with {sessions} live sessions");
await MemoryBenchmark.RunAsync(sessions, settle);
return 0;
