using WatchBot.Bench.Discord;

// Discord benchmarks over loopback. Usage:
//   dotnet run -c Release -- ack [seconds-per-rate]      acknowledgement latency beside a bare verify-only endpoint
//   dotnet run -c Release -- showtime [channels]         2,000 sessions starting the same second, and a naive run
//   dotnet run -c Release                                both
var which = args.Length > 0 ? args[0] : "all";
var number = args.Length > 1 && int.TryParse(args[1], out var n) ? n : (int?)null;
if (which is "ack" or "all")
{
    await AckLatencyBenchmark.RunAsync(TimeSpan.FromSeconds(number is { } s && which == "ack" ? s : 10));
}

if (which is "showtime" or "all")
{
    Console.WriteLine();
    await ShowtimeBenchmark.RunAsync(number is { } c && which == "showtime" ? c : 2000);
}
