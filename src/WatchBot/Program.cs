using Microsoft.Extensions.Hosting;
using WatchBot;
using WatchBot.Footprint;
using WatchBot.Telemetry;

// The whole host is AddX() calls in WatchBotHost; Program only runs it, after checking that its
// configuration makes sense: a mistake there is one line on stderr and exit code 2.
MallocArenas.Cap(Environment.GetEnvironmentVariable);
if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(args);
}

IHost host;
try
{
    host = WatchBotHost.Create(args);
}
catch (Exception ex) when (StartupErrors.Describe(ex, null) is { } line)
{
    // Platforms read their section while registering, so a value that does not bind fails here.
    await Console.Error.WriteLineAsync(line);
    return StartupErrors.ExitCode;
}

using (host)
{
    // Storage last: it needs valid options, and for PostgreSQL it connects and migrates.
    var problem = StartupErrors.Check(host) ?? await StartupErrors.CheckStorageAsync(host);
    if (problem is not null)
    {
        await Console.Error.WriteLineAsync(problem);
        return StartupErrors.ExitCode;
    }

    await host.RunAsync();
    return 0;
}
