using WatchBot.Core.Views;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>What one scenario did on one platform: the views the engine produced (and those of the platform-free reference run), what the platform was expected to deliver and received, and each answer to the sender.</summary>
public sealed record Transcript(
    string Platform,
    IReadOnlyList<ChannelView> Views,
    IReadOnlyList<Delivery> Expected,
    IReadOnlyList<Delivery> Received,
    IReadOnlyList<(Reply? Expected, string Drawn, string Received)> Replies,
    IReadOnlyList<ChannelView> ReferenceViews);
