using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Outbox;

/// <summary>A person as the outbox and kept recaps write them: <c>{"Key":"platform:id","Name":"…"}</c> (<see cref="UserRefJsonConverter"/>).</summary>
internal sealed record StoredPerson(UserKey? Key, string? Name);
