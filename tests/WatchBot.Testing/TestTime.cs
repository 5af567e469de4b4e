namespace WatchBot.Testing;

/// <summary>Where test clocks start: <c>new FakeTimeProvider(TestTime.Start)</c>.</summary>
public static class TestTime
{
    /// <summary>
    /// Sunday 2026-11-22 20:00:00 UTC, a movie night. Tests and their expected texts are written
    /// against it (FakeTimeProvider's own default is 2000-01-01).
    /// </summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);
}
