using System.Globalization;
using CsCheck;

namespace WatchBot.Emulators.Fuzz;

/// <summary>
/// Runs a seeded, repeatable fuzz: case <c>i</c> is generated from <c>PCG(i, seed)</c>, so a run is
/// the same on every machine and one failing case can be replayed alone. The seed is
/// <c>WATCHBOT_FUZZ_SEED</c> when set, else the test's own; every failure names seed and case.
/// </summary>
public static class FuzzRun
{
    public const string SeedVariable = "WATCHBOT_FUZZ_SEED";

    /// <summary>The seed to use: the environment's when set (to replay or explore), else <paramref name="fixedSeed"/>.</summary>
    public static ulong Seed(ulong fixedSeed) =>
        ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : fixedSeed;

    /// <summary>Case <paramref name="index"/> of the run with <paramref name="seed"/>.</summary>
    public static T Case<T>(Gen<T> gen, ulong seed, int index)
    {
        ArgumentNullException.ThrowIfNull(gen);
        return gen.Generate(new PCG((uint)index, seed), null, out _);
    }

    /// <summary>
    /// Generates <paramref name="count"/> cases and checks each with <paramref name="check"/>,
    /// <paramref name="parallel"/> at a time. Throws naming seed, case and a description of the
    /// input for the first failure.
    /// </summary>
    public static async Task RunAsync<T>(Gen<T> gen, ulong seed, int count, int parallel, Func<T, Task> check, Func<T, string> describe)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(describe);
        Exception? first = null;
        var firstIndex = -1;
        var gate = new object();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, _) =>
        {
            if (Volatile.Read(ref firstIndex) >= 0)
            {
                return;
            }

            var input = Case(gen, seed, i);
            try
            {
                await check(input);
            }
#pragma warning disable CA1031 // Collected and rethrown with the seed and the case.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                lock (gate)
                {
                    if (firstIndex < 0)
                    {
                        firstIndex = i;
                        first = new InvalidOperationException(
                            $"Fuzz case {i} failed (seed {seed}; replay with {SeedVariable}={seed}): {ex.Message}\nInput: {Shorten(describe(input))}", ex);
                    }
                }
            }
        });

        if (first is not null)
        {
            throw first;
        }
    }

    private static string Shorten(string text) => text.Length <= 2_000 ? text : text[..2_000] + $"… ({text.Length} characters)";
}
