namespace WatchBot.Platform.Tests;

public sealed class PlatformKitTests
{
    [Fact]
    public void Kit_ReferencesNoPlatformAdapter()
    {
        // The kit is shared by every adapter; it must not know any one of them.
        var references = typeof(PlatformKit).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Equal(PlatformKit.AssemblyName, typeof(PlatformKit).Assembly.GetName().Name);
        Assert.DoesNotContain("WatchBot.Discord", references);
        Assert.DoesNotContain("WatchBot.Slack", references);
        Assert.DoesNotContain("WatchBot", references);
    }
}
