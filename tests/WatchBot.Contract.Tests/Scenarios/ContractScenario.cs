namespace WatchBot.Contract.Tests.Scenarios;

/// <summary>A script run unchanged on every platform.</summary>
public sealed record ContractScenario(string Name, IReadOnlyList<ContractStep> Steps)
{
    public override string ToString() => Name;
}
