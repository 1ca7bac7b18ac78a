using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Ssd;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Data.Tests.Canonical;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Ssd;

public sealed class SsdMapperTests
{
    private static LoadResult Load(TempFolder folder) => new SsdLoader().Load(folder.Path, LoadOptions.Default);

    private static TempFolder Drop(params (string Table, string Csv)[] tables)
    {
        var folder = new TempFolder();
        folder.Write("ssd_person.csv", "pers_person_id,pers_sex,pers_dob,pers_ethnicity\nC1,M,2010-02-28,WBRI\nC2,F,2012-06-01T00:00:00,\n");
        foreach (var (table, csv) in tables)
        {
            folder.Write(table + ".csv", csv);
        }
        return folder;
    }

    [Fact]
    public void ClaEpisode_IsCutAtEachPlacementAndLegalStatusChange()
    {
        // One SSD episode from 1 March to 31 May 2016; the placement changes on 1 April, the legal status on 1 May.
        using var folder = Drop(
            ("ssd_cla_episodes", "clae_cla_episode_id,clae_person_id,clae_cla_placement_id,clae_cla_episode_start_date,clae_cla_episode_start_reason,clae_cla_primary_need_code,clae_cla_episode_ceased_date,clae_cla_episode_ceased_reason,clae_cla_id\n"
                + "E1,C1,P1,2016-03-01,S,N1,2016-05-31,E4A,CLA1\n"),
            ("ssd_cla_placement", "clap_cla_placement_id,clap_cla_id,clap_cla_placement_start_date,clap_cla_placement_type,clap_cla_placement_end_date,clap_cla_placement_distance\n"
                + "P1,CLA1,2016-03-01,U4,2016-04-01,3.5\nP2,CLA1,2016-04-01,K2,2016-05-31,12\n"),
            ("ssd_legal_status", "lega_legal_status_id,lega_person_id,lega_legal_status,lega_legal_status_start_date,lega_legal_status_end_date\n"
                + "L1,C1,V2,2016-03-01,2016-05-01\nL2,C1,C1,2016-05-01,\n"));

        var episodes = Load(folder).Data.LacEpisodes;

        Assert.Equal(3, episodes.Count);
        Assert.Equal(("E1", new DateOnly(2016, 3, 1), (DateOnly?)new DateOnly(2016, 4, 1), "S", "V2", "U4", "X1"),
            (episodes[0].EpisodeId, episodes[0].StartDate, episodes[0].EndDate, episodes[0].ReasonNewEpisode, episodes[0].LegalStatus, episodes[0].PlacementType, episodes[0].ReasonCeased));
        Assert.Equal(("E1#2", new DateOnly(2016, 4, 1), (DateOnly?)new DateOnly(2016, 5, 1), "P", "V2", "K2", "X1"),
            (episodes[1].EpisodeId, episodes[1].StartDate, episodes[1].EndDate, episodes[1].ReasonNewEpisode, episodes[1].LegalStatus, episodes[1].PlacementType, episodes[1].ReasonCeased));
        Assert.Equal(("E1#3", new DateOnly(2016, 5, 1), (DateOnly?)new DateOnly(2016, 5, 31), "L", "C1", "K2", "E4A"),
            (episodes[2].EpisodeId, episodes[2].StartDate, episodes[2].EndDate, episodes[2].ReasonNewEpisode, episodes[2].LegalStatus, episodes[2].PlacementType, episodes[2].ReasonCeased));
        Assert.Equal(3.5, episodes[0].PlacementDistanceMiles);
        Assert.All(episodes, e => Assert.Equal("N1", e.CategoryOfNeed));
    }

    [Fact]
    public void AbsentTablesAndColumns_AreLocatedIssuesNotCrashes()
    {
        using var folder = Drop(("ssd_contacts", "cont_contact_id,cont_person_id,cont_contact_outcome_json\nK1,C1,{}\n"));

        var result = Load(folder);

        var missing = Assert.Single(result.Issues, i => i.RuleId == StatutoryRules.ColumnMissing && i.Severity == IssueSeverity.Error);
        Assert.Equal("ssd_contacts.csv", missing.File);
        Assert.Equal("cont_contact_date", missing.Column);
        Assert.Contains(result.Issues, i => i.RuleId == SsdRules.TableAbsent && i.File == "ssd_cin_episodes.csv");
        Assert.Empty(result.Data.Contacts);
        Assert.False(result.Data.SuppliedOrGuess().Has(CaseTable.Contacts));
        Assert.True(result.Data.SuppliedOrGuess().Has(CaseTable.Children));
        Assert.False(result.Data.SuppliedOrGuess().Has(CaseTable.Referrals));
    }

    [Fact]
    public void ContactOutcomeJson_WithAndWithoutOutcomePrefix_AndBadJsonIsAWarning()
    {
        using var folder = Drop(("ssd_contacts", "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_outcome_json\n"
            + "K1,C1,2017-05-01,\"{\"\"NFA_FLAG\"\":\"\"Y\"\",\"\"NEW_REFERRAL_FLAG\"\":\"\"N\"\"}\"\n"
            + "K2,C1,2017-05-02 09:30:00,\"{\"\"OUTCOME_NEW_REFERRAL_FLAG\"\":\"\"Y\"\",\"\"OUTCOME_NFA_FLAG\"\":\"\"\"\"}\"\n"
            + "K3,C2,2017-05-03,{not json\n"
            + "K4,C2,2017-05-04,EH Referral\n"));

        var result = Load(folder);

        Assert.Equal([ContactOutcome.Nfa, ContactOutcome.Referral, ContactOutcome.Other, ContactOutcome.EarlyHelp], result.Data.Contacts.Select(c => c.Outcome));
        var bad = Assert.Single(result.Issues, i => i.RuleId == SsdRules.JsonFormat);
        Assert.Equal(4, bad.Line);
        Assert.Equal(new DateOnly(2017, 5, 2), result.Data.Contacts[1].ContactDate);
    }

    [Fact]
    public void IcpcJoinsItsEnquiryById_AndAnOrphanIsReported()
    {
        using var folder = Drop(
            ("ssd_s47_enquiry", "s47e_s47_enquiry_id,s47e_person_id,s47e_s47_start_date,s47e_s47_outcome_json\nS1,C1,2017-02-28,\nS2,C2,2017-03-01,\"{\"\"CP_CONFERENCE_FLAG\"\":\"\"N\"\"}\"\n"),
            ("ssd_initial_cp_conference", "icpc_icpc_id,icpc_s47_enquiry_id,icpc_icpc_date,icpc_icpc_outcome_cp_flag\nI1,S1,2017-03-21,Y\nI9,S9,2017-03-22,N\n"));

        var result = Load(folder);

        var s1 = result.Data.Section47Enquiries[0];
        Assert.Equal((new DateOnly(2017, 3, 21), (bool?)true, false), (s1.IcpcDate!.Value, s1.CpPlanFromIcpc, s1.IcpcNotRequired));
        Assert.True(result.Data.Section47Enquiries[1].IcpcNotRequired);
        var orphan = Assert.Single(result.Issues, i => i.RuleId == SsdRules.RecordOrphan);
        Assert.Equal(("ssd_initial_cp_conference.csv", 3L, "S9"), (orphan.File, orphan.Line!.Value, orphan.Value));
    }
}
