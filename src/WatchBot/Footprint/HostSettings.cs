using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace WatchBot.Footprint;

/// <summary>
/// The generic host's defaults, minus what the bot never uses. <c>Host.CreateApplicationBuilder(args)</c>
/// also watches appsettings.json for changes (a file watcher and its thread), reads user secrets in
/// Development, and adds Debug and EventSource loggers that WatchBotHost cleared again: each loaded
/// assemblies and types that stayed resident (README "Footprint"). The configuration keeps the default
/// layers and order: DOTNET_ variables and the command line for the host's own settings, then
/// appsettings.json and appsettings.{Environment}.json in the working directory, environment variables,
/// and the command line, each overriding the one before.
/// </summary>
internal static class HostSettings
{
    public static HostApplicationBuilderSettings Lean(string[] args)
    {
        // What the default builder reads first, so that DOTNET_ENVIRONMENT and --environment still work.
        var host = new ConfigurationManager();
        host.AddEnvironmentVariables(prefix: "DOTNET_");
        host.AddCommandLine(args);
        return new HostApplicationBuilderSettings
        {
            Args = args,
            DisableDefaults = true,
            Configuration = host,
            ContentRootPath = host[HostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory(),
        };
    }

    /// <summary>The application's configuration layers, as the defaults add them, without reload on change.</summary>
    public static void AddConfiguration(HostApplicationBuilder builder, string[] args)
    {
        var environment = builder.Environment;
        builder.Configuration
            .SetBasePath(environment.ContentRootPath)
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{environment.EnvironmentName}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
    }
}
