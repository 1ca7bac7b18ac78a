namespace Csc.Analysis.Disproportionality;

/// <summary>
/// The ethnicity groups compared: DfE's main groups with White split into White British (the reference group) and
/// the other White codes, then the children whose ethnicity is not known. <see cref="EthnicityGroups.Of"/> maps a
/// DfE ethnicity code to its group and <see cref="EthnicityGroups.Label"/> gives the label of the output.
/// </summary>
public enum EthnicityGroup
{
    /// <summary>White British (WBRI): the reference group.</summary>
    WhiteBritish,

    /// <summary>White other: White Irish (WIRI), Traveller of Irish heritage (WIRT), Gypsy/Roma (WROM), any other White background (WOTH).</summary>
    WhiteOther,

    /// <summary>Mixed: MWBC, MWBA, MWAS, MOTH.</summary>
    Mixed,

    /// <summary>Asian or Asian British: AIND, APKN, ABAN, AOTH.</summary>
    Asian,

    /// <summary>Black or Black British: BCRB, BAFR, BOTH.</summary>
    Black,

    /// <summary>Other ethnic group: Chinese (CHNE) and any other ethnic group (OOTH).</summary>
    Other,

    /// <summary>Refused (REFU) or information not yet obtained (NOBT).</summary>
    RefusedOrNotObtained,

    /// <summary>No ethnicity recorded, or no child record for the child.</summary>
    NotRecorded,

    /// <summary>A code that is not a DfE ethnicity code.</summary>
    UnknownCode,
}
