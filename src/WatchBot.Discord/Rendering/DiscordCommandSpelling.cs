using WatchBot.Core.Grammar;

namespace WatchBot.Discord.Rendering;

/// <summary>
/// Examples are written as typed (<c>/watch kick user:@bob</c>). Discord allows 25 sub-commands per
/// command, so a sub-command declared under a group (<see cref="SubCommand.Under"/>) is reached there
/// as <c>/watch mod kick</c>: an example shown on Discord is spelled the way Discord's picker has it.
/// </summary>
internal static class DiscordCommandSpelling
{
    private const string Prefix = "/watch ";

    public static string Of(string example)
    {
        if (!example.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return example;
        }

        var rest = example[Prefix.Length..];
        var end = rest.IndexOf(' ', StringComparison.Ordinal);
        var name = end < 0 ? rest : rest[..end];
        return CommandCatalog.Find(name) is { Under: { } group } ? Prefix + group + " " + rest : example;
    }
}
