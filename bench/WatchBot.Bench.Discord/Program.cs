using WatchBot.Bench.Discord;

// Discord benchmarks over loopback. Usage:
//   dotnet run -c Release -- ack [seconds-per-rate]      acknowledgement latency beside a bare verify-only endpoint
//   dotnet run -c Release -- showtime [channels]         2,000 sessions starting the same second, and a naive run
//   dotnet run -c Release                                both
const string Usage = "Usage: dotnet run -c Release -- [ack [seconds-per-rate] | showtime [channels]]   (no arguments: both, 10 s per rate and 2000 channels)";
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

if (which is not ("ack" or "showtime" or "all") || args.Length > 2)
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
    await ShowtimeBenchmark.RunAsync(which == "showtime" ? number ?? 2000 : 2000);
}

return 0;
