namespace WatchBot.Discord.Gateway;

/// <summary>How a gateway run ended: asked to stop (no code), or refused by Discord for good.</summary>
/// <param name="FatalCloseCode">4004 or 4010–4014 when Discord refused the connection; null when the host stopped it.</param>
public sealed record GatewayStopped(int? FatalCloseCode);
