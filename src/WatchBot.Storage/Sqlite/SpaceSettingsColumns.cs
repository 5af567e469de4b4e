using System.Collections.Immutable;
using System.Text.Json;
using WatchBot.Core.Features.Spaces;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// The JSON columns of <c>space_settings</c>. Empty is stored as null, so a space that set nothing
/// reads back the very defaults (<see cref="SpaceSettings.None"/>'s empty collections). An action or
/// audience this build does not know (a newer file) is skipped: the action keeps its default.
/// </summary>
internal static class SpaceSettingsColumns
{
    public static string? Write(ImmutableDictionary<SpaceAction, Audience> permissions) =>
        permissions.IsEmpty
            ? null
            : JsonSerializer.Serialize(
                permissions.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(), p => p.Value.ToString(), StringComparer.Ordinal),
                StorageJsonContext.Default.DictionaryStringString);

    public static string? Write(ImmutableHashSet<string> channels) =>
        channels.IsEmpty ? null : JsonSerializer.Serialize(channels.Order(StringComparer.Ordinal).ToArray(), StorageJsonContext.Default.StringArray);

    public static ImmutableDictionary<SpaceAction, Audience> ReadPermissions(string? json)
    {
        if (json is null)
        {
            return ImmutableDictionary<SpaceAction, Audience>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<SpaceAction, Audience>();
        foreach (var (action, audience) in JsonSerializer.Deserialize(json, StorageJsonContext.Default.DictionaryStringString) ?? [])
        {
            if (Enum.TryParse<SpaceAction>(action, out var a) && Enum.IsDefined(a) && Enum.TryParse<Audience>(audience, out var who) && Enum.IsDefined(who))
            {
                builder[a] = who;
            }
        }

        return builder.Count == 0 ? ImmutableDictionary<SpaceAction, Audience>.Empty : builder.ToImmutable();
    }

    public static ImmutableHashSet<string> ReadChannels(string? json) =>
        json is null || JsonSerializer.Deserialize(json, StorageJsonContext.Default.StringArray) is not { Length: > 0 } ids
            ? ImmutableHashSet<string>.Empty
            : [.. ids];
}
