using System.Reflection;
using WatchBot.Discord.Rendering;
using WatchBot.Discord.Tests.Support;

namespace WatchBot.Discord.Tests.Rendering;

/// <summary>
/// Discord's markup draws views and knows nothing of what they are about: no session, notice or
/// feature type appears in its methods, and no Rendering/ source names one. A new feature adds views,
/// never a case here.
/// </summary>
public sealed class DiscordMarkupConventionTests
{
    private static readonly string[] FeatureNamespaces = ["WatchBot.Core.Notices", "WatchBot.Core.Sessions", "WatchBot.Core.Features", "WatchBot.Core.Rules"];

    [Fact]
    public void MarkupMethods_TakeAndReturnNoSessionOrNoticeTypes()
    {
        var methods = typeof(DiscordMarkup).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly);
        var types = methods.SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)).SelectMany(Flatten).Distinct().ToList();

        Assert.NotEmpty(methods);
        Assert.Contains(types, t => t.Namespace == "WatchBot.Core.Views");
        Assert.DoesNotContain(types, t => FeatureNamespaces.Any(n => t.Namespace?.StartsWith(n, StringComparison.Ordinal) == true));
    }

    [Fact]
    public void RenderingSources_NameNoSessionNoticeOrFeature()
    {
        var folder = Path.GetFullPath(Path.Combine(Fixtures.Folder, "..", "..", "..", "src", "WatchBot.Discord", "Rendering"));
        var sources = Directory.EnumerateFiles(folder, "*.cs").ToList();
        string[] banned = [.. FeatureNamespaces, "Notice", "WatchSession", "SessionId", "SessionPhase"];

        Assert.Contains(sources, s => Path.GetFileName(s) == "DiscordMarkup.cs");
        foreach (var source in sources)
        {
            var text = File.ReadAllText(source);
            Assert.All(banned, word => Assert.False(text.Contains(word, StringComparison.Ordinal), $"{Path.GetFileName(source)} names {word}"));
        }
    }

    private static IEnumerable<Type> Flatten(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Flatten).Append(type)
        : type.HasElementType ? Flatten(type.GetElementType()!).Append(type)
        : [type];
}
