using WatchBot.Core.Features.Sessions;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Theory data of the contracts (a generic contract cannot hold static members: CA1000).</summary>
public static class ContractData
{
    public static TheoryData<SessionPhase> AllPhases() => [.. Enum.GetValues<SessionPhase>()];

    public static TheoryData<EndReason> AllEndReasons() => [.. Enum.GetValues<EndReason>()];

    public static TheoryData<SessionPhase, SessionPhase> PhasePairs()
    {
        var data = new TheoryData<SessionPhase, SessionPhase>();
        foreach (var existing in Enum.GetValues<SessionPhase>())
        {
            foreach (var newcomer in Enum.GetValues<SessionPhase>())
            {
                data.Add(existing, newcomer);
            }
        }

        return data;
    }
}
