using System.Text.Json.Nodes;

namespace WatchBot.Bench.Memory;

/// <summary>
/// The settings that shape the bot's memory, as the measured process sees them: the runtime knobs in
/// its WatchBot.runtimeconfig.json (written from WatchBot.csproj and runtimeconfig.template.json, and
/// shipped beside the dll, so the Docker image has the same), the Dockerfile's DOTNET_ variables, and any
/// DOTNET_ or MALLOC_ variables this benchmark passes on from its own environment (they win).
/// </summary>
internal static class RuntimeSettings
{
    public static IEnumerable<string> Describe(string botDll)
    {
        var config = Path.ChangeExtension(botDll, ".runtimeconfig.json");
        if (File.Exists(config) && JsonNode.Parse(File.ReadAllText(config))?["runtimeOptions"]?["configProperties"] is JsonObject properties)
        {
            foreach (var (name, value) in properties.Where(p => p.Key.StartsWith("System.GC.", StringComparison.Ordinal) || p.Key.StartsWith("System.Runtime.Tiered", StringComparison.Ordinal)))
            {
                yield return $"  {Path.GetFileName(config)}: {name} = {value?.ToJsonString()}";
            }
        }
        else
        {
            yield return $"  no runtime settings found in {config}";
        }

        foreach (var (name, value) in ImageEnvironment.Read())
        {
            yield return $"  Dockerfile ENV: {name}={value}";
        }

        var variables = Environment.GetEnvironmentVariables();
        foreach (var name in variables.Keys.OfType<string>().Where(IsMemoryVariable).Order(StringComparer.Ordinal))
        {
            yield return $"  environment: {name}={variables[name]}";
        }
    }

    private static bool IsMemoryVariable(string name) =>
        name.StartsWith("DOTNET_", StringComparison.Ordinal) && !name.StartsWith("DOTNET_CLI", StringComparison.Ordinal) && name != "DOTNET_ROOT"
        || name.StartsWith("MALLOC_", StringComparison.Ordinal);
}
