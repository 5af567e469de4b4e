namespace WatchBot.Slack.Api;

/// <summary>A Web API failure where a value cannot be returned (opening a Socket Mode connection).</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    /// <summary>The Web API method.</summary>
    public string? Method { get; }

    /// <summary>Slack's error code (<c>invalid_auth</c>, <c>not_allowed_token_type</c>…).</summary>
    public string? Error { get; }
}
