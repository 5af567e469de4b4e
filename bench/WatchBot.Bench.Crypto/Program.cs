using BenchmarkDotNet.Running;
using WatchBot.Bench.Crypto;

// Arguments go to BenchmarkDotNet ('--job short' for a quick run); without a filter every benchmark
// runs, rather than a menu waiting on stdin.
var arguments = args.Any(a => a.StartsWith("--filter", StringComparison.Ordinal)) ? args : [.. args, "--filter", "*"];
BenchmarkSwitcher.FromAssembly(typeof(VerifyBenchmarks).Assembly).Run(arguments);
