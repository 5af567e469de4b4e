namespace WatchBot.Discord.Rest;

/// <summary>A REST call whose failure the caller cannot turn into a value (the gateway URL lookup).</summary>
public sealed class DiscordRestException(int status, int code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public int Code { get; } = code;
}
