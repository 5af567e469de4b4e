using WatchBot.Discord.Rest;
using WatchBot.Platform.RateLimits;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Rest;

/// <summary>
/// The REST client's global ceiling is the kit's <see cref="KeyedRateGate"/> under one key per bot
/// (the kit's own tests cover the window; the client against the emulator covers the 45/s).
/// </summary>
public sealed class GlobalCeilingTests
{
    [Fact]
    public void Key_NamesTheBot_NeverItsToken()
    {
        var key = DiscordRestClient.GlobalKey("MTIzNDU2.secret-part.abc");

        Assert.Equal(key, DiscordRestClient.GlobalKey("MTIzNDU2.secret-part.abc"));
        Assert.NotEqual(key, DiscordRestClient.GlobalKey("another-bot-token"));
        Assert.DoesNotContain("secret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("MTIzNDU2", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReleasingALeaseTwice_FreesOnePlaceOnly()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        using var gate = new KeyedRateGate(time, _ => new RateLimit(1, TimeSpan.FromSeconds(1)));
        var key = DiscordRestClient.GlobalKey("t");
        var lease = await gate.WaitAsync(key, CancellationToken.None);
        var second = gate.WaitAsync(key, CancellationToken.None);
        var third = gate.WaitAsync(key, CancellationToken.None);

        lease.Dispose();
        lease.Dispose();
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(second.IsCompletedSuccessfully);
        Assert.False(third.IsCompleted);
    }
}
