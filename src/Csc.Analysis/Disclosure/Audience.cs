namespace Csc.Analysis.Disclosure;

/// <summary>
/// Who an output is for. <see cref="Internal"/> pages are marked OFFICIAL-SENSITIVE and may list record ids
/// where the question needs them; <see cref="Public"/> outputs have no child-level rows, no ids, names, postcodes,
/// dates of birth or free text from the data, and every number passes disclosure control.
/// </summary>
public enum Audience
{
    /// <summary>The council's own staff (the default).</summary>
    Internal,

    /// <summary>Publication: boards, partners, the public.</summary>
    Public,
}

/// <summary>Names of <see cref="Audience"/> values on the command line and in run records.</summary>
public static class AudienceNames
{
    /// <summary>The protective marking printed on internal pages.</summary>
    public const string InternalMarking = "OFFICIAL-SENSITIVE";

    /// <summary>"internal" or "public".</summary>
    public static string Name(this Audience audience) => audience switch
    {
        Audience.Internal => "internal",
        Audience.Public => "public",
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, "Not an audience."),
    };

    /// <summary>Reads "internal" or "public" (any case); null when the text is neither.</summary>
    public static Audience? TryParse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "internal" => Audience.Internal,
        "public" => Audience.Public,
        _ => null,
    };
}
