namespace WatchBot.Contract.Tests.Framework;

/// <summary>Multiset checks over deliveries.</summary>
public static class Deliveries
{
    /// <summary>True when <paramref name="received"/> holds every one of <paramref name="expected"/>, counting repeats.</summary>
    public static bool Holds(IEnumerable<Delivery> received, IEnumerable<Delivery> expected)
    {
        var left = received.Select(d => d.ToString()).GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var item in expected.Select(d => d.ToString()))
        {
            if (!left.TryGetValue(item, out var count) || count == 0)
            {
                return false;
            }

            left[item] = count - 1;
        }

        return true;
    }
}
