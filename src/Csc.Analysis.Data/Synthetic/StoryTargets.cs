using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Synthetic;

/// <summary>
/// The story the generator tells: month-by-month targets for April 2014 to May 2017 (the period of the
/// May 2017 KPI report the kit automates), one value per month end or per month. Months outside that
/// period take the nearest month's value (stocks) or the same calendar month's value (seasonal flows).
/// Stocks are for one council (scale 1); the simulation multiplies them by its unit's scale.
/// </summary>
public static class StoryTargets
{
    /// <summary>The first month with its own target (April 2014).</summary>
    public static ReportingMonth First { get; } = new(2014, 4);

    /// <summary>The last month with its own target (May 2017).</summary>
    public static ReportingMonth Last { get; } = new(2017, 5);

    // Each array has 38 values: April 2014 .. May 2017.

    /// <summary>Child protection plans open at month end.</summary>
    internal static readonly double[] CpOpen =
    [
        228, 232, 236, 233, 229, 238, 244, 247, 242, 240, 246, 251,
        255, 258, 262, 259, 254, 260, 266, 270, 264, 261, 258, 256,
        259, 262, 266, 265, 276, 284, 292, 298, 301, 305, 296, 287,
        280, 271,
    ];

    /// <summary>Child in need plans open at month end (2016/17 averages 321).</summary>
    internal static readonly double[] CinOpen =
    [
        300, 305, 310, 304, 298, 306, 312, 318, 315, 311, 316, 320,
        322, 326, 330, 326, 320, 325, 331, 335, 332, 329, 331, 334,
        336, 340, 338, 333, 328, 326, 322, 318, 312, 308, 302, 289,
        298, 309,
    ];

    /// <summary>Looked-after children at month end (short breaks excluded); the highest is May 2017.</summary>
    internal static readonly double[] LacOpen =
    [
        205, 206, 208, 207, 209, 210, 211, 212, 212, 213, 214, 215,
        216, 217, 219, 220, 221, 222, 222, 223, 224, 225, 226, 227,
        228, 230, 233, 236, 238, 239, 240, 242, 243, 245, 247, 250,
        252, 255,
    ];

    /// <summary>Share of looked-after children on legal status V2 (section 20) at month end.</summary>
    internal static readonly double[] SectionTwentyShare =
    [
        0.43, 0.43, 0.44, 0.45, 0.45, 0.44, 0.43, 0.43, 0.42, 0.42, 0.42, 0.43,
        0.43, 0.43, 0.44, 0.45, 0.45, 0.44, 0.43, 0.43, 0.42, 0.42, 0.42, 0.43,
        0.44, 0.44, 0.47, 0.47, 0.47, 0.455, 0.44, 0.43, 0.42, 0.41, 0.405, 0.40,
        0.395, 0.38,
    ];

    /// <summary>ICPCs held in the month within 15 working days of the strategy discussion.</summary>
    internal static readonly double[] IcpcTimely =
    [
        0.84, 0.80, 0.86, 0.78, 0.76, 0.82, 0.88, 0.85, 0.80, 0.83, 0.86, 0.84,
        0.82, 0.85, 0.80, 0.76, 0.74, 0.81, 0.87, 0.84, 0.79, 0.82, 0.85, 0.83,
        0.80, 0.78, 0.62, 0.55, 0.57, 0.70, 0.80, 0.84, 0.82, 0.64, 0.60, 0.57,
        0.75, 0.29,
    ];

    /// <summary>Assessments authorised in the month with outcome NFA.</summary>
    internal static readonly double[] AssessmentNfa =
    [
        0.50, 0.50, 0.51, 0.50, 0.49, 0.50, 0.50, 0.49, 0.50, 0.50, 0.49, 0.50,
        0.49, 0.49, 0.50, 0.49, 0.48, 0.49, 0.49, 0.48, 0.49, 0.49, 0.48, 0.48,
        0.48, 0.48, 0.47, 0.45, 0.42, 0.38, 0.34, 0.31, 0.29, 0.27, 0.25, 0.24,
        0.22, 0.22,
    ];

    /// <summary>Missing episodes ending in the month with a return home interview within 72 hours.</summary>
    internal static readonly double[] ReturnInterviewTimely =
    [
        0.52, 0.55, 0.54, 0.56, 0.53, 0.55, 0.57, 0.56, 0.55, 0.58, 0.57, 0.56,
        0.58, 0.60, 0.59, 0.61, 0.58, 0.60, 0.62, 0.61, 0.60, 0.63, 0.62, 0.61,
        0.63, 0.64, 0.62, 0.65, 0.61, 0.64, 0.66, 0.65, 0.63, 0.66, 0.65, 0.64,
        0.58, 0.82,
    ];

    /// <summary>Index of a month in the 38-value arrays, clamped to the covered period.</summary>
    internal static int ClampedIndex(ReportingMonth month)
        => Math.Clamp(month.MonthsSince(First), 0, Last.MonthsSince(First));

    /// <summary>Index of a month for seasonal values: outside the period, the same calendar month of the nearest year inside it.</summary>
    internal static int SeasonalIndex(ReportingMonth month)
    {
        var i = month.MonthsSince(First);
        var last = Last.MonthsSince(First);
        while (i < 0)
        {
            i += 12;
        }
        while (i > last)
        {
            i -= 12;
        }
        return i;
    }

    internal static double At(double[] series, ReportingMonth month) => series[ClampedIndex(month)];

    internal static double Seasonal(double[] series, ReportingMonth month) => series[SeasonalIndex(month)];

    /// <summary>Linear ramp through anchors (month, value); flat outside the first and last anchor.</summary>
    internal static double Ramp(ReportingMonth month, params (int Year, int Month, double Value)[] anchors)
    {
        var i = month.Index;
        var first = new ReportingMonth(anchors[0].Year, anchors[0].Month).Index;
        if (i <= first)
        {
            return anchors[0].Value;
        }
        for (var k = 1; k < anchors.Length; k++)
        {
            var a = new ReportingMonth(anchors[k - 1].Year, anchors[k - 1].Month).Index;
            var b = new ReportingMonth(anchors[k].Year, anchors[k].Month).Index;
            if (i <= b)
            {
                return anchors[k - 1].Value + ((anchors[k].Value - anchors[k - 1].Value) * (i - a) / (b - a));
            }
        }
        return anchors[^1].Value;
    }

    /// <summary>Share of looked-after children with a known distance placed more than 20 miles away.</summary>
    internal static double FarShare(ReportingMonth m) => Ramp(m, (2014, 4, 0.170), (2016, 5, 0.161), (2017, 5, 0.155));

    /// <summary>Share of looked-after children placed outside the council's area.</summary>
    internal static double OutsideShare(ReportingMonth m) => Ramp(m, (2014, 4, 0.48), (2015, 10, 0.49), (2016, 5, 0.50), (2017, 5, 0.50));

    /// <summary>Share of looked-after children aged 16 or 17.</summary>
    internal static double SixteenSeventeenShare(ReportingMonth m) => Ramp(m, (2014, 4, 0.245), (2016, 5, 0.27), (2017, 5, 0.31));

    /// <summary>Share of looked-after children on a legal status other than V2, C1, C2 (E1 placement orders, J2 remand).</summary>
    internal static double OtherLegalStatusShare(ReportingMonth m) => 0.07;

    /// <summary>Share of looked-after children with an open advocacy allocation (rising month on month).</summary>
    internal static double AdvocateShareOfLac(ReportingMonth m) => Ramp(m, (2014, 4, 0.02), (2016, 5, 0.05), (2017, 5, 0.08));

    /// <summary>Share of open advocacy allocations held by looked-after children.</summary>
    internal static double LacShareOfAdvocacy(ReportingMonth m) => 0.5;

    /// <summary>Share of open CIN plans open for more than 12 months.</summary>
    internal static double CinOverYearShare(ReportingMonth m) => 0.13;

    /// <summary>Children ceasing to be looked after in the month.</summary>
    internal static double CeasingCount(ReportingMonth m) => m.Year == 2017 && m.Month is 4 or 5 ? 18 : 14;

    /// <summary>Share of children ceasing care through adoption or special guardianship (1 of 18 in April and May 2017).</summary>
    internal static double PermanencyShare(ReportingMonth m) => m.Year == 2017 && m.Month is 4 or 5 ? 0.056 : 0.07;

    /// <summary>Early help episodes starting as a step-down from statutory services (25 in April-May 2017).</summary>
    internal static double StepDowns(ReportingMonth m) => (m.Year, m.Month) switch
    {
        (2017, 4) => 12,
        (2017, 5) => 13,
        _ => 10,
    };

    /// <summary>Contacts in the month: a council of this size sees about 650, with July and September peaks and an August dip.</summary>
    internal static double Contacts(ReportingMonth m)
    {
        ReadOnlySpan<double> season = [1.00, 0.98, 1.02, 0.95, 1.00, 1.05, 1.20, 0.70, 1.16, 1.05, 1.04, 0.85];
        var years = (m.Index - First.Index) / 12.0;
        return 650 * season[m.Month - 1] * (1 + (0.02 * years));
    }

    /// <summary>Share of contacts going on to early help from the front door.</summary>
    internal static double ContactEarlyHelpShare(ReportingMonth m) => 0.08;

    /// <summary>Share of contacts becoming referrals.</summary>
    internal static double ContactReferralShare(ReportingMonth m) => 0.27;

    /// <summary>Share of contacts with outcome NFA (lower in May 2017 than in April).</summary>
    internal static double ContactNfaShare(ReportingMonth m) => (m.Year, m.Month) switch
    {
        (2017, 4) => 0.38,
        (2017, 5) => 0.33,
        _ => 0.36,
    };

    /// <summary>Share of contacts rated Blue (lower in May 2017 than in April).</summary>
    internal static double ContactBlueShare(ReportingMonth m) => (m.Year, m.Month) switch
    {
        (2017, 4) => 0.31,
        (2017, 5) => 0.26,
        _ => 0.29,
    };

    /// <summary>Missing or absent episodes ending in the month.</summary>
    internal static double MissingReturns(ReportingMonth m) => m.Month == 8 ? 40 : 34;

    /// <summary>Chance that the next CP visit comes within 15 working days of one made in the month (lower in spring 2017).</summary>
    internal static double CpVisitTimely(ReportingMonth m) => (m.Year, m.Month) switch
    {
        (2017, 4) => 0.55,
        (2017, 5) => 0.5,
        _ => 0.8,
    };
}
