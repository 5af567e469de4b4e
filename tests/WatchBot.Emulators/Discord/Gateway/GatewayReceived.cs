using System.Text.Json;

namespace WatchBot.Emulators.Discord.Gateway;

/// <summary>One payload a client sent the emulated gateway, as received.</summary>
/// <param name="ConnectionId">Which connection (1, 2, … in accept order).</param>
/// <param name="Op">The opcode.</param>
/// <param name="Data">The <c>d</c> field (Undefined when absent).</param>
/// <param name="Json">The raw text.</param>
public sealed record GatewayReceived(int ConnectionId, int Op, JsonElement Data, string Json);
