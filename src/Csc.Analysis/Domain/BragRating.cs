namespace Csc.Analysis.Domain;

/// <summary>MASH / front-door BRAG rating of a contact (contacts.csv <c>brag_rating</c>). <see cref="None"/> when blank.</summary>
public enum BragRating
{
    /// <summary>Not rated (blank).</summary>
    None,

    /// <summary>Blue: no further action needed from children's social care.</summary>
    Blue,

    /// <summary>Green.</summary>
    Green,

    /// <summary>Amber.</summary>
    Amber,

    /// <summary>Red: the most urgent.</summary>
    Red,
}
