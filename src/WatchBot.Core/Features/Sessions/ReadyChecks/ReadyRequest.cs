namespace WatchBot.Core.Features.Sessions.ReadyChecks;

/// <summary>What <c>ready:</c> and <c>wait:</c> asked for, as typed (the rules check it against the limits).</summary>
/// <param name="Count">How many must be ready; null: <c>ready:all</c>.</param>
/// <param name="Wait">The <c>wait:</c> deadline; null: the configured default.</param>
public sealed record ReadyRequest(int? Count, TimeSpan? Wait);
