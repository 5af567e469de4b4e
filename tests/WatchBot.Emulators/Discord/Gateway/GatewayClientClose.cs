namespace WatchBot.Emulators.Discord.Gateway;

/// <summary>A close the client started (not an answer to ours): which connection and with what code.</summary>
public sealed record GatewayClientClose(int ConnectionId, int? Code);
