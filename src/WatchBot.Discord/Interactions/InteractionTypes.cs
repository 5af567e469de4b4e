namespace WatchBot.Discord.Interactions;

/// <summary>Interaction types and callback types (Discord "Interaction Type" / "Interaction Callback Type").</summary>
internal static class InteractionTypes
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;

    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int AutocompleteResult = 8;

    /// <summary>Message flag: only the one who ran the command sees it.</summary>
    public const int Ephemeral = 64;

    public const int SubCommand = 1;
    public const int SubCommandGroup = 2;
    public const int ButtonComponent = 2;
    public const int StringSelectComponent = 3;
}
