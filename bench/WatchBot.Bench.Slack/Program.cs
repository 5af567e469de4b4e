using WatchBot.Bench.Slack;

// Slack benchmarks over loopback. Usage:
//   dotnet run -c Release -- ack [seconds-per-rate]              slash-command acknowledgement latency beside a bare verify-only endpoint
//   dotnet run -c Release -- showtime [workspaces] [channels]    every session starting the same second, and a naive run
//   dotnet run -c Release                                        both
const string Usage = "Usage: dotnet run -c Release -- [ack [seconds-per-rate] | showtime [workspaces] [channels-per-workspace]]   (no arguments: both, 10 s per rate, 20 workspaces x 5 channels)";
const int DefaultWorkspaces = 20;
const int DefaultChannels = 5;
var which = args.Length > 0 ? args[0] : "all";
var maxArgs = which == "showtime" ? 3 : 2;
if (which is not ("ack" or "showtime" or "all") || args.Length > maxArgs || (which == "all" && args.Length > 1))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var numbers = new List<int>();
foreach (var arg in args.Skip(1))
{
    if (!int.TryParse(arg, out var parsed) || parsed < 1)
    {
        Console.Error.WriteLine($"'{arg}' is not a positive whole number. {Usage}");
        return 2;
    }

    numbers.Add(parsed);
}

if (which is "ack" or "all")
{
    await AckLatencyBenchmark.RunAsync(TimeSpan.FromSeconds(which == "ack" && numbers.Count > 0 ? numbers[0] : 10));
}

if (which is "showtime" or "all")
{
    Console.WriteLine();
    var workspaces = which == "showtime" && numbers.Count > 0 ? numbers[0] : DefaultWorkspaces;
    var channels = which == "showtime" && numbers.Count > 1 ? numbers[1] : DefaultChannels;
    await ShowtimeBenchmark.RunAsync(workspaces, channels);
}

return 0;
