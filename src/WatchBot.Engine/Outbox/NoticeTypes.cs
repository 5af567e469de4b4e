using System.Collections.Concurrent;
using System.Reflection;
using WatchBot.Core.Notices;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// Every concrete notice type by its short name, found in the loaded assemblies: the outbox stores a
/// notice's name, and a feature that adds a notice adds nothing here.
/// </summary>
internal static class NoticeTypes
{
    private static readonly ConcurrentDictionary<string, Type?> Found = new(StringComparer.Ordinal);

    /// <summary>The notice type named <paramref name="name"/>, or null when no loaded assembly has one.</summary>
    public static Type? Find(string name) => Found.GetOrAdd(name, static n => All().SingleOrDefault(t => t.Name == n));

    /// <summary>Every concrete notice type in the loaded assemblies.</summary>
    public static IEnumerable<Type> All() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a == typeof(Notice).Assembly || a.GetReferencedAssemblies().Any(r => r.Name == typeof(Notice).Assembly.GetName().Name))
            .SelectMany(Loadable)
            .Where(t => t.IsSubclassOf(typeof(Notice)) && !t.IsAbstract);

    private static IEnumerable<Type> Loadable(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
