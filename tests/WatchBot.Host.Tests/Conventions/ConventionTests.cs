using System.Reflection;
using System.Runtime.CompilerServices;
using WatchBot.Core.Features.Sessions;
using WatchBot.Engine.Sessions;

namespace WatchBot.Host.Tests.Conventions;

/// <summary>The architecture's rules, checked on the built assemblies rather than trusted.</summary>
public sealed class ConventionTests
{
    [Fact]
    public void Core_ReferencesOnlyTheBaseLibraryAndNodaTime()
    {
        // NodaTime is the one exception: the tz database and calendar arithmetic as data, no I/O.
        var references = typeof(WatchSession).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "NodaTime", name));
    }

    [Fact]
    public void Engine_ReferencesNoInfrastructure()
    {
        var references = typeof(SessionCoordinator).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("WatchBot.Core", references);
        Assert.DoesNotContain(references, name =>
            name.Contains("Sqlite", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Quartz", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || name.StartsWith("WatchBot.Discord", StringComparison.Ordinal)
            || name.StartsWith("WatchBot.Slack", StringComparison.Ordinal));
    }

    [Fact]
    public void NoAsyncVoid_InAnyWatchBotAssembly()
    {
        var assemblies = WatchBotAssemblies();
        Assert.True(assemblies.Count >= 6, string.Join(", ", assemblies.Select(a => a.GetName().Name)));

        var offenders = assemblies
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(void) && m.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    /// <summary>The host and everything it references whose name starts with WatchBot.</summary>
    private static List<Assembly> WatchBotAssemblies()
    {
        var found = new Dictionary<string, Assembly>();
        var pending = new Queue<Assembly>([typeof(WatchBotHost).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("WatchBot", StringComparison.Ordinal)))
            {
                pending.Enqueue(Assembly.Load(reference));
            }
        }

        return [.. found.Values];
    }
}
