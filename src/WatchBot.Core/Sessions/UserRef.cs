namespace WatchBot.Core.Sessions;

/// <summary>A platform user as WatchBot needs to know them: a stable id and a name to show.</summary>
public sealed record UserRef(string Id, string DisplayName);
