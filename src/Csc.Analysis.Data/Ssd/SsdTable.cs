namespace Csc.Analysis.Data.Ssd;

/// <summary>
/// One table of the Standard Safeguarding Dataset (Data to Insight's ssd-data-model, v1.4.5) as the kit reads it:
/// its name (<c>ssd_person</c> ...), the columns the kit selects, in the order the writer uses, and the ones a row
/// cannot do without (a table missing one of those is not read).
/// </summary>
/// <param name="Name">The SSD table name, which is also the CSV file name without <c>.csv</c>.</param>
/// <param name="Columns">Every column the kit reads or writes, in the writer's order.</param>
/// <param name="Required">The columns that must exist for the table to be read.</param>
public sealed record SsdTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Required)
{
    /// <summary>The CSV file of the table in a drop folder: <c>ssd_person.csv</c>.</summary>
    public string FileName => Name + ".csv";

    /// <summary>The SQL type of <paramref name="column"/> in the generated PostgreSQL script (dates are timestamps, as the SSD has them).</summary>
    public static string SqlType(string column) => column switch
    {
        _ when column.EndsWith("_date", StringComparison.Ordinal) || column.EndsWith("_dob", StringComparison.Ordinal)
               || column is "cppr_cp_review_due" or "clea_care_leaver_latest_contact" => "timestamp",
        "clap_cla_placement_distance" => "double precision",
        _ when column.EndsWith("_json", StringComparison.Ordinal) => "varchar(4000)",
        _ => "varchar(255)",
    };
}
