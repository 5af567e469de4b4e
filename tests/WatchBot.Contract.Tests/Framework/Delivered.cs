namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// For scenarios acted line by line (no reference run): after each step the platform must have received
/// its markup of the views shown so far (a card edited twice in a row may otherwise go out once, as
/// the kit allows), and at the end exactly that, nothing else, reached the channel. Batched lines
/// (reactions) are awaited a step later, once the clock has passed the batch window, as the runner does.
/// </summary>
internal sealed class Delivered(IContractPlatform platform)
{
    private readonly List<Delivery> _expected = [];
    private readonly List<Delivery> _batched = [];
    private int _drawn;
    private int _due;

    /// <summary>Draws the views shown since the last call and waits until the platform received them (batched ones a step later).</summary>
    public async Task CatchUpAsync()
    {
        Draw();
        await platform.WaitForAsync([.. _expected, .. _batched.Take(_due)]);
        _due = _batched.Count;
    }

    /// <summary>Draws the views shown since the last call now, before the clock moves (the shell stamps its lines with the time).</summary>
    public void Draw()
    {
        var views = platform.Views.Views;
        foreach (var view in views.Skip(_drawn))
        {
            var drawn = platform.Draw(view);
            _expected.AddRange(drawn.Where(d => !d.Batched));
            _batched.AddRange(drawn.Where(d => d.Batched));
        }

        _drawn = views.Count;
    }

    /// <summary>Everything drawn arrived, and nothing else did (but what <paramref name="extra"/> allows: the shell's picture line).</summary>
    public async Task ExactlyAsync(Func<Delivery, bool>? extra = null)
    {
        await CatchUpAsync();
        await platform.WaitForAsync([.. _expected, .. _batched]);
        Assert.Equal(Sorted([.. _expected, .. _batched]), Sorted(platform.Received().Where(d => extra?.Invoke(d) != true)));
    }

    private static List<string> Sorted(IEnumerable<Delivery> deliveries) =>
        [.. deliveries.Select(d => d.ToString()).Order(StringComparer.Ordinal)];
}
