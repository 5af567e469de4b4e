using System.Globalization;
using Microsoft.Extensions.Options;

namespace WatchBot.Platform.Options;

/// <summary>
/// The checks every platform's options repeat (a token that is set and real, durations and counts in
/// range, absolute URLs), each failure one sentence that starts with the full config key, so
/// StartupErrors can name it and its value on the one line it prints. Platform-only rules go through
/// <see cref="That"/>.
/// </summary>
public sealed class OptionsCheck
{
    private readonly List<string> _failures = [];

    /// <summary>The failures so far.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Success, or every failure at once (an operator fixes them in one go).</summary>
    public ValidateOptionsResult Result => _failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_failures);

    /// <summary>
    /// A secret that must be set, must not be a placeholder left from an example, and, when
    /// <paramref name="prefix"/> is given, must start with it (Slack's <c>xoxb-</c>, <c>xapp-</c>).
    /// <paramref name="what"/> says what it is, for the message. Secrets come from the environment,
    /// so the message names the variable too; the value itself is never repeated.
    /// </summary>
    public OptionsCheck Secret(string key, string? value, string what, string? prefix = null)
    {
        var env = EnvironmentName(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            _failures.Add($"{key} is required: {what}; set the environment variable {env}.");
        }
        else if (prefix is not null && !value.StartsWith(prefix, StringComparison.Ordinal))
        {
            _failures.Add($"{key} must be {what} ({prefix}…); set it with the environment variable {env}.");
        }
        else if (Placeholder.Is(value, prefix))
        {
            _failures.Add($"{key} is still a placeholder, not {what}; set the real value with the environment variable {env}.");
        }

        return this;
    }

    /// <summary><paramref name="min"/> ≤ value ≤ <paramref name="max"/>.</summary>
    public OptionsCheck Between(string key, TimeSpan value, TimeSpan min, TimeSpan max) =>
        That(value >= min && value <= max, $"{key} must be between {min:c} and {max:c}.");

    /// <summary>value ≥ <paramref name="min"/>.</summary>
    public OptionsCheck AtLeast(string key, TimeSpan value, TimeSpan min) =>
        That(value >= min, $"{key} must be at least {min:c}.");

    /// <summary>0 &lt; value ≤ <paramref name="max"/>: a wait or window that must exist.</summary>
    public OptionsCheck Positive(string key, TimeSpan value, TimeSpan max) =>
        That(value > TimeSpan.Zero && value <= max, $"{key} must be more than 0 and at most {max:c}.");

    /// <summary>0 &lt; value &lt; <paramref name="limit"/>: a budget that must finish before a platform's deadline.</summary>
    public OptionsCheck PositiveBelow(string key, TimeSpan value, TimeSpan limit) =>
        That(value > TimeSpan.Zero && value < limit, $"{key} must be more than 0 and under {limit:c}.");

    /// <summary><paramref name="min"/> ≤ value ≤ <paramref name="max"/>.</summary>
    public OptionsCheck Between(string key, long value, long min, long max) =>
        That(value >= min && value <= max, string.Create(CultureInfo.InvariantCulture, $"{key} must be between {min} and {max}."));

    /// <summary>An absolute URL with one of <paramref name="schemes"/>; null passes only when not <paramref name="required"/>.</summary>
    public OptionsCheck AbsoluteUrl(string key, Uri? value, bool required, params string[] schemes)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        if (value is null)
        {
            return That(!required, $"{key} is required: an absolute {Schemes(schemes)} URL.");
        }

        return That(value.IsAbsoluteUri && schemes.Contains(value.Scheme, StringComparer.Ordinal), $"{key} must be an absolute {Schemes(schemes)} URL.");
    }

    /// <summary>As <see cref="AbsoluteUrl(string, Uri?, bool, string[])"/> for a URL kept as text.</summary>
    public OptionsCheck AbsoluteUrl(string key, string? value, params string[] schemes) =>
        AbsoluteUrl(key, Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null, required: true, schemes);

    /// <summary>A platform's own rule: adds <paramref name="failure"/> (which must start with its key) unless <paramref name="ok"/>.</summary>
    public OptionsCheck That(bool ok, string failure)
    {
        if (!ok)
        {
            _failures.Add(failure);
        }

        return this;
    }

    /// <summary>The environment variable a key is read from (<c>Discord:Token</c> → <c>Discord__Token</c>).</summary>
    public static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static string Schemes(string[] schemes) => string.Join(" or ", schemes.Select(s => s + "://"));
}
