using WatchBot.Platform.Outbound;

namespace WatchBot.Platform.Tests.Support;

/// <summary>A cause as a platform would capture it: who to tell privately.</summary>
public sealed record TestCause(string Person) : SendCause;
