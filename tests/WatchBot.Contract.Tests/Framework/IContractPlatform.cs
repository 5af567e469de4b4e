using WatchBot.Core.Views;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// One platform under the contract: the real adapter wiring booted in-process on the real SQLite
/// store and the test clock, spoken to through that platform's own inbound, watched through what
/// it delivered.
/// </summary>
public interface IContractPlatform : IAsyncDisposable
{
    string Name { get; }

    /// <summary>The host's only clock; the contract moves it.</summary>
    FakeTimeProvider Clock { get; }

    /// <summary>The views the engine handed this platform, kept across restarts.</summary>
    ViewLog Views { get; }

    /// <summary>The running host's services (its stores, for what a test checks beyond what was delivered).</summary>
    IServiceProvider Services { get; }

    /// <summary>The space (guild, workspace, shell) the contract's channel is in.</summary>
    string SpaceId { get; }

    /// <summary>How this platform identifies <paramref name="user"/> (a snowflake, a Slack member id, a shell name).</summary>
    string IdOf(string user);

    /// <summary>Boots the host (again, on the same files, after <see cref="StopAsync"/>).</summary>
    Task StartAsync();

    Task StopAsync();

    /// <summary>
    /// Sends <paramref name="line"/> as <paramref name="user"/> through the platform's inbound; returns the answer only the
    /// sender saw, as delivered. A person named in it as <c>user:@bob</c> is named the platform's way.
    /// </summary>
    Task<string> SendAsync(string user, string line);

    /// <summary>What this platform's markup makes of <paramref name="view"/> (what it must deliver).</summary>
    IReadOnlyList<Delivery> Draw(ChannelView view);

    /// <summary>What this platform's markup makes of a sender-only answer.</summary>
    string Draw(Reply reply);

    /// <summary>What the sender sees when the engine has nothing to answer (the command's effect is in the channel).</summary>
    string NoAnswer(string line);

    /// <summary>Everything delivered to the channel so far, in arrival order (answers to the sender excluded).</summary>
    IReadOnlyList<Delivery> Received();

    /// <summary>Waits until what was received holds every one of <paramref name="expected"/> (as a multiset).</summary>
    Task WaitForAsync(IReadOnlyList<Delivery> expected);
}
