using WatchBot.Discord.Rest;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// The interaction a command came from, carried along the async flow into the publisher so that a
/// send that fails for missing permissions can tell whoever ran the command (an ephemeral follow-up
/// through the interaction webhook), not the channel that cannot be written to.
/// </summary>
/// <param name="ApplicationId">The application the interaction webhook belongs to.</param>
/// <param name="Token">The interaction token (valid 15 minutes).</param>
public sealed record InteractionScope(Snowflake ApplicationId, string Token)
{
    private static readonly AsyncLocal<InteractionScope?> CurrentScope = new();

    /// <summary>The interaction being handled on this async flow, if any.</summary>
    public static InteractionScope? Current => CurrentScope.Value;

    /// <summary>Makes <paramref name="scope"/> current until the returned value is disposed.</summary>
    public static IDisposable Enter(InteractionScope scope)
    {
        var previous = CurrentScope.Value;
        CurrentScope.Value = scope;
        return new Restore(previous);
    }

    private sealed class Restore(InteractionScope? previous) : IDisposable
    {
        public void Dispose() => CurrentScope.Value = previous;
    }
}
