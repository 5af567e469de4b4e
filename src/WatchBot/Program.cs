using Microsoft.Extensions.Hosting;
using WatchBot;

// The whole host is AddX() calls in WatchBotHost; Program only runs it.
using var host = WatchBotHost.Create(args);
await host.RunAsync();
