using WatchBot.Bench.Slack;

// Acknowledgement latency of signed slash commands over loopback: the real bot beside a bare
// verify-only endpoint, in the same run. Usage: dotnet run -c Release -- [seconds-per-rate]
var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 10;
await AckLatencyBenchmark.RunAsync(TimeSpan.FromSeconds(seconds));
