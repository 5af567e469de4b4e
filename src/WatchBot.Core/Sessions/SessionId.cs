namespace WatchBot.Core.Sessions;

/// <summary>Identifies one watch session; short enough to show to people and to carry in a job key.</summary>
public readonly record struct SessionId(string Value)
{
    /// <summary>A fresh random id (12 hex characters: collisions are irrelevant at one bot's scale).</summary>
    public static SessionId New() => new(Guid.NewGuid().ToString("N")[..12]);

    public override string ToString() => Value;
}
