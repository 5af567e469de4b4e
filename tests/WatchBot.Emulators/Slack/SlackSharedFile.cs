namespace WatchBot.Emulators.Slack;

/// <summary>A file shared in a channel through the emulator's external upload.</summary>
/// <param name="Id">Its file id.</param>
/// <param name="Channel">Where it was shared.</param>
/// <param name="Title">Its title.</param>
/// <param name="Bytes">What was uploaded.</param>
public sealed record SlackSharedFile(string Id, string Channel, string Title, byte[] Bytes);
