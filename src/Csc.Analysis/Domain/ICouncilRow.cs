namespace Csc.Analysis.Domain;

/// <summary>A row of case data that may belong to one council of a stack (<see cref="CouncilPartition"/>).</summary>
public interface ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c>); null in one council's data.</summary>
    CouncilCode? Council { get; }
}
