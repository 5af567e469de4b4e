using WatchBot.Bench.Discord;

// Discord benchmarks over loopback. Usage:
//   dotnet run -c Release -- ack [seconds-per-rate]      acknowledgement latency beside a bare verify-only endpoint
//   dotnet run -c Release -- showtime [channels] [mode]  N sessions starting the same second; mode one|three|naive|followups|all (default all)
//   dotnet run -c Release -- reactions [seconds]         /watch react latency at 0 and at 5,000 stored reactions in one session
//   dotnet run -c Release                                all three
const string Usage = "Usage: dotnet run -c Release -- [ack [seconds-per-rate] | showtime [channels] [one|three|naive|followups|all] | reactions [seconds-per-phase]]   (no arguments: all three, 10 s per rate, 2000 channels in every showtime mode, 20 s per phase)";
var which = args.Length > 0 ? args[0] : "all";
int? number = null;
if (args.Length > 1)
{
    if (!int.TryParse(args[1], out var parsed) || parsed < 1)
    {
        Console.Error.WriteLine($"'{args[1]}' is not a positive whole number. {Usage}");
        return 2;
    }

    number = parsed;
}

var showtimeMode = which == "showtime" && args.Length > 2 ? args[2] : "all";
if (which is not ("ack" or "showtime" or "reactions" or "all") || args.Length > (which == "showtime" ? 3 : 2) || !ShowtimeBenchmark.IsMode(showtimeMode))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

if (which is "ack" or "all")
{
    await AckLatencyBenchmark.RunAsync(TimeSpan.FromSeconds(which == "ack" ? number ?? 10 : 10));
}

if (which is "showtime" or "all")
{
    Console.WriteLine();
    await ShowtimeBenchmark.RunAsync(which == "showtime" ? number ?? 2000 : 2000, showtimeMode);
}

if (which is "reactions" or "all")
{
    Console.WriteLine();
    await ReactionAckBenchmark.RunAsync(TimeSpan.FromSeconds(which == "reactions" ? number ?? 20 : 20));
}

return 0;
