using System.Runtime.CompilerServices;
using WatchBot.Http;

namespace WatchBot.Platform.Tests.Inbound;

/// <summary>
/// What the inbound guard logs for a request that failed on our side: the type and method that threw,
/// read from the stack trace (no reflection, so the native build logs the same), never a message.
/// </summary>
public sealed class ThrowSiteTests
{
    [Fact]
    public void ThrownException_NamesTheTypeAndMethodThatThrewIt()
    {
        var thrown = Catch(Thrower.Fail);

        Assert.Equal("Thrower.Fail", ThrowSite.Of(thrown));
    }

    [Fact]
    public async Task ExceptionFromAnAsyncMethod_NamesTheMethod()
    {
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(Thrower.FailLaterAsync);

        Assert.Equal("Thrower.FailLaterAsync", ThrowSite.Of(thrown));
    }

    [Fact]
    public void ExceptionNeverThrown_IsUnknown()
    {
        Assert.Equal("unknown", ThrowSite.Of(new InvalidOperationException("made, not thrown")));
    }

    private static Exception Catch(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            return ex;
        }

        throw new InvalidOperationException("nothing was thrown");
    }

    private static class Thrower
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Fail() => throw new InvalidOperationException("user text that must not be logged");

        public static async Task FailLaterAsync()
        {
            await Task.Yield();
            throw new InvalidOperationException("later");
        }
    }
}
