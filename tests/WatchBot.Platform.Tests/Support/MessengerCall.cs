using WatchBot.Core.Kernel;

namespace WatchBot.Platform.Tests.Support;

/// <summary>One call the kit made to a platform: what, where, and the text it would have shown.</summary>
/// <param name="What">post, post-card, edit-card, arrange or cancel.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Text">The lines joined with newlines (or the handle for cancel).</param>
/// <param name="MessageId">The message edited, when editing.</param>
public sealed record MessengerCall(string What, ChannelAddress Channel, string Text, string? MessageId = null);
