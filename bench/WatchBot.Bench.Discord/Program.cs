using WatchBot.Bench.Discord;

// Discord benchmarks over loopback. Usage:
//   dotnet run -c Release -- ack [seconds] [runs]          acknowledgement latency interleaved with a bare verify-only endpoint, per rate and run
//   dotnet run -c Release -- cpu [requests]                CPU time and allocations per /watch status, bot and bare endpoint each alone (load-independent)
//   dotnet run -c Release -- booking [seconds]             /watch schedule at 200/s, one channel per booking
//   dotnet run -c Release -- booking-cpu [bookings]        CPU time and allocations per booking, after-work included (load-independent)
//   dotnet run -c Release -- showtime [channels] [mode]    N sessions starting the same second; mode one|three|naive|followups|all (default all)
//   dotnet run -c Release -- reactions [seconds]           /watch react latency at 0 and at 5,000 stored reactions in one session
//   dotnet run -c Release                                  all of them
const string Usage = "Usage: dotnet run -c Release -- [ack [seconds-per-rate] [runs] | cpu [requests] | booking [seconds] | booking-cpu [bookings] | showtime [channels] [one|three|naive|followups|all] | reactions [seconds-per-phase]]   (no arguments: all, ack 10 s x 5 runs, booking 20 s, 2000 channels in every showtime mode, 20 s per phase)";
var which = args.Length > 0 ? args[0] : "all";

// The showtime mode is the one word among the numbers.
var showtimeMode = which == "showtime" && args.Length > 2 ? args[2] : "all";
var numberArgs = which == "showtime" ? args.Skip(1).Take(1) : args.Skip(1);
var numbers = new List<int>();
foreach (var arg in numberArgs)
{
    if (!int.TryParse(arg, out var parsed) || parsed < 1)
    {
        Console.Error.WriteLine($"'{arg}' is not a positive whole number. {Usage}");
        return 2;
    }

    numbers.Add(parsed);
}

int? number = numbers.Count > 0 ? numbers[0] : null;
var mostArgs = which switch { "ack" or "showtime" => 3, _ => 2 };
if (which is not ("ack" or "cpu" or "booking" or "booking-cpu" or "showtime" or "reactions" or "all") || args.Length > mostArgs || !ShowtimeBenchmark.IsMode(showtimeMode))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

if (which is "ack" or "all")
{
    await AckLatencyBenchmark.RunAsync(TimeSpan.FromSeconds(which == "ack" ? number ?? 10 : 10), numbers.Count > 1 ? numbers[1] : 5);
}

if (which is "cpu")
{
    await AckLatencyBenchmark.RunAsync(TimeSpan.Zero, 0, number ?? 20_000);
}

if (which is "booking-cpu")
{
    await BookingCpuBenchmark.RunAsync(number ?? 4_000);
}

if (which is "booking" or "all")
{
    Console.WriteLine();
    await BookingBenchmark.RunAsync(TimeSpan.FromSeconds(which == "booking" ? number ?? 20 : 20));
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
