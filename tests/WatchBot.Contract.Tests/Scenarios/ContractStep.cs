namespace WatchBot.Contract.Tests.Scenarios;

/// <summary>One scripted thing that happens, in platform-neutral terms; each platform driver acts it out its own way.</summary>
public abstract record ContractStep
{
    /// <summary>How many channel views the engine must have handed the platform once this step is done (counting from the start).</summary>
    public int ViewsAfter { get; init; }

    /// <summary><paramref name="User"/> (<c>alice</c> hosts, <c>bob</c> is nobody special) types <paramref name="Line"/>, a <c>/watch …</c> line.</summary>
    public sealed record Say(string User, string Line) : ContractStep;

    /// <summary>Time passes (timers due in between fire).</summary>
    public sealed record Wait(TimeSpan By) : ContractStep;

    /// <summary>The bot stops, stays down for <paramref name="Down"/>, and starts again on the same files.</summary>
    public sealed record Restart(TimeSpan Down) : ContractStep;
}
