using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Ssd;

/// <summary>
/// Builds the kit's <see cref="CaseData"/> from SSD tables read through an <see cref="ISsdRowSource"/> (CSV files or a
/// database). Each table is read once, in one pass; joins are by id through dictionaries. A missing table is a
/// <see cref="SsdRules.TableAbsent"/> info (its records are absent and the KPIs that need them unavailable); a missing
/// required column is a <see cref="StatutoryRules.ColumnMissing"/> error and the table is not read; a missing optional
/// column is an info and its values are blank. docs/statutory-formats.md gives the mapping.
/// </summary>
public static partial class SsdMapper
{
    /// <summary>Reads every table the kit knows from <paramref name="source"/>.</summary>
    public static LoadResult Map(ISsdRowSource source, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var state = new State(source, new IssueCollector());
        var children = state.ReadChildren();
        var contacts = state.ReadContacts();
        var earlyHelp = state.ReadEarlyHelp();
        var referrals = state.ReadReferrals();
        var assessments = state.ReadAssessments();
        var cinPlans = state.ReadCinPlans();
        var s47 = state.ReadSection47();
        var involvements = state.ReadInvolvements();
        var cpPlans = state.ReadCpPlans(involvements);
        var visits = state.ReadCpVisits(cpPlans);
        var cpReviews = state.ReadCpReviews(cpPlans);
        var (episodes, periodChild) = state.ReadLac();
        var lacReviews = state.ReadLacReviews(periodChild);
        var health = state.ReadHealth();
        var missing = state.ReadMissing();
        var careLeavers = state.ReadCareLeavers(children);
        state.Issues.Info(StatutoryRules.NotCarried, "ssd", null, null, null,
            "The SSD has no contact BRAG rating, no contact team, no advocacy allocations, no ICPC recording date, no placement in/out-of-area flag, no CP visit worker and no return home interview date (only offered and accepted): those values are blank, the advocacy KPIs are unavailable and return interviews cannot be timed against the 72-hour standard.");
        if (state.Supplied.Contains(CaseTable.Children))
        {
            state.Issues.Info(StatutoryRules.NotMapped, "ssd", null, null, null,
                "ssd_professionals is not read: workers are named by the professional id the other tables carry.");
        }

        var data = new CaseData
        {
            ExtractDate = options.ExtractDate,
            Children = children,
            Contacts = contacts,
            EarlyHelp = earlyHelp,
            Referrals = referrals,
            Assessments = assessments,
            CinPlans = cinPlans,
            Section47Enquiries = s47,
            CpPlans = cpPlans,
            CpVisits = visits,
            CpReviews = cpReviews,
            LacEpisodes = episodes,
            LacReviews = lacReviews,
            LacHealth = health,
            MissingEpisodes = missing,
            CareLeavers = careLeavers,
            Supplied = new DataSupplied { Tables = state.Supplied, Fields = state.Fields },
        };
        return new LoadResult(DataFormat.Ssd, data, state.Issues.Issues, source.Files);
    }

    private sealed partial class State(ISsdRowSource source, IssueCollector issues)
    {
        public IssueCollector Issues { get; } = issues;

        public HashSet<CaseTable> Supplied { get; } = [];

        public HashSet<OptionalField> Fields { get; } = [];

        /// <summary>The SSD tables found (with their required columns).</summary>
        public HashSet<string> Present { get; } = new(StringComparer.Ordinal);

        /// <summary>Opens a table; null (with the issue recorded) when it is absent or lacks a required column.</summary>
        private ISsdRowReader? Open(SsdTable table, CaseTable? kind)
        {
            var location = source.Location(table);
            var reader = source.Open(table, Issues);
            if (reader is null)
            {
                Issues.Info(SsdRules.TableAbsent, location, null, null, null,
                    kind is null
                        ? "The table is not in the source; what it adds is left blank."
                        : "The table is not in the source (the case-management system does not fill it): its records are not loaded and the KPIs that need them are unavailable.");
                return null;
            }
            var missingRequired = table.Required.Where(c => !reader.Has(c)).ToList();
            if (missingRequired.Count > 0)
            {
                Issues.Error(StatutoryRules.ColumnMissing, location, null, string.Join(", ", missingRequired), null,
                    "A required column is missing: the table is not read.");
                reader.Dispose();
                return null;
            }
            var absent = table.Columns.Where(c => !table.Required.Contains(c) && !reader.Has(c)).ToList();
            if (absent.Count > 0)
            {
                Issues.Info(StatutoryRules.ColumnMissing, location, null, string.Join(", ", absent), null, "Optional columns are missing: their values are blank.");
            }
            Present.Add(table.Name);
            if (kind is { } k)
            {
                Supplied.Add(k);
            }
            return reader;
        }

        private IEnumerable<SsdRow> Rows(SsdTable table, CaseTable? kind, Action<ISsdRowReader>? columns = null)
        {
            var reader = Open(table, kind);
            if (reader is null)
            {
                yield break;
            }
            var row = new SsdRow(reader, Issues, source.Location(table));
            using (reader)
            {
                columns?.Invoke(reader);
                while (row.Read())
                {
                    yield return row;
                }
            }
        }

        private readonly Dictionary<string, int> childIndex = new(StringComparer.Ordinal);

        public List<Child> ReadChildren()
        {
            var children = new List<Child>();
            foreach (var r in Rows(SsdSchema.Person, CaseTable.Children))
            {
                var id = r.Required("pers_person_id");
                var dob = r.Date("pers_dob");
                if (r.Rejected)
                {
                    continue;
                }
                if (childIndex.ContainsKey(id))
                {
                    r.Reject(StatutoryRules.DuplicateId, "pers_person_id", id, "The person appears twice; the later row is not loaded.");
                    continue;
                }
                var sexText = r.Text("pers_sex") ?? r.Text("pers_gender");
                var sex = SsdCodes.SexOf(sexText);
                if (sex is null && sexText is not null && SsdCodes.Normalise(sexText) is not ("U" or "I" or "UNKNOWN" or "0" or "9"))
                {
                    r.Warn(StatutoryRules.CodeUnknown, "pers_sex", sexText, "Not M or F; read as not known.");
                }
                childIndex[id] = children.Count;
                children.Add(new Child(id, sex, dob, r.Text("pers_ethnicity"), null, null));
            }
            ApplyDisability(children);
            ApplyAddress(children);
            ApplyImmigration(children);
            return children;
        }

        private void ApplyDisability(List<Child> children)
        {
            var disability = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var r in Rows(SsdSchema.Disability, null))
            {
                var person = r.Required("disa_person_id");
                var code = r.Required("disa_disability_code");
                if (r.Rejected)
                {
                    continue;
                }
                var flag = SsdCodes.Normalise(code) == "NONE" ? "N" : "Y";
                if (flag == "Y" || !disability.ContainsKey(person))
                {
                    disability[person] = flag;
                }
            }
            Update(children, disability, (c, v) => c with { Disability = v });
        }

        private void ApplyAddress(List<Child> children)
        {
            var latest = new Dictionary<string, (DateOnly Start, string Postcode)>(StringComparer.Ordinal);
            foreach (var r in Rows(SsdSchema.Address, null))
            {
                var person = r.Required("addr_person_id");
                var postcode = r.Required("addr_address_postcode");
                var start = r.Date("addr_address_start_date") ?? DateOnly.MinValue;
                if (r.Rejected)
                {
                    continue;
                }
                if (!latest.TryGetValue(person, out var had) || start >= had.Start)
                {
                    latest[person] = (start, postcode);
                }
            }
            Update(children, latest.ToDictionary(p => p.Key, p => p.Value.Postcode, StringComparer.Ordinal), (c, v) => c with { HomePostcode = v });
        }

        private void ApplyImmigration(List<Child> children)
        {
            var uasc = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var r in Rows(SsdSchema.ImmigrationStatus, null))
            {
                var person = r.Required("immi_person_id");
                var status = r.Required("immi_immigration_status");
                if (r.Rejected)
                {
                    continue;
                }
                uasc[person] = uasc.GetValueOrDefault(person) || SsdCodes.IsUasc(status);
            }
            if (Present.Contains(SsdSchema.ImmigrationStatus.Name))
            {
                Fields.Add(OptionalField.ChildUasc);
            }
            Update(children, uasc, (c, v) => c with { Uasc = v });
        }

        private void Update<T>(List<Child> children, Dictionary<string, T> values, Func<Child, T, Child> apply)
        {
            foreach (var (person, value) in values)
            {
                if (childIndex.TryGetValue(person, out var i))
                {
                    children[i] = apply(children[i], value);
                }
            }
        }

        public List<Contact> ReadContacts()
        {
            var list = new List<Contact>();
            foreach (var r in Rows(SsdSchema.Contacts, CaseTable.Contacts))
            {
                var id = r.Required("cont_contact_id");
                var child = r.Required("cont_person_id");
                var date = r.RequiredDate("cont_contact_date");
                var json = r.Json("cont_contact_outcome_json");
                if (r.Rejected)
                {
                    continue;
                }
                var outcome = json is null ? null : SsdCodes.ContactOutcomeOf(json);
                list.Add(new Contact(id, child, date, r.Text("cont_contact_source_code") ?? r.Text("cont_contact_source_desc"), BragRating.None,
                    outcome ?? ContactOutcome.Other, null));
            }
            return list;
        }

        public List<EarlyHelpEpisode> ReadEarlyHelp()
        {
            var list = new List<EarlyHelpEpisode>();
            foreach (var r in Rows(SsdSchema.EarlyHelpEpisodes, CaseTable.EarlyHelp))
            {
                var id = r.Required("earl_episode_id");
                var child = r.Required("earl_person_id");
                var start = r.RequiredDate("earl_episode_start_date");
                var end = r.Date("earl_episode_end_date");
                if (!r.Rejected)
                {
                    list.Add(new EarlyHelpEpisode(id, child, start, end, SsdCodes.RouteOf(r.Text("earl_episode_reason"))));
                }
            }
            return list;
        }

        public List<Referral> ReadReferrals()
        {
            var list = new List<Referral>();
            foreach (var r in Rows(SsdSchema.CinEpisodes, CaseTable.Referrals, reader =>
                     {
                         Field(reader, "cine_close_date", OptionalField.ReferralClosureDate);
                         Field(reader, "cine_close_reason", OptionalField.ReferralReasonForClosure);
                         Field(reader, "cine_cin_primary_need_code", OptionalField.ReferralPrimaryNeed);
                     }))
            {
                var id = r.Required("cine_referral_id");
                var child = r.Required("cine_person_id");
                var date = r.RequiredDate("cine_referral_date");
                var close = r.Date("cine_close_date");
                if (r.Rejected)
                {
                    continue;
                }
                list.Add(new Referral(id, child, date, r.Text("cine_referral_source_code") ?? r.Text("cine_referral_source_desc"),
                    r.Flag("cine_referral_nfa") ?? false, r.Text("cine_referral_team"), r.Text("cine_referral_worker_id"))
                {
                    ClosureDate = close,
                    ReasonForClosure = r.Text("cine_close_reason"),
                    PrimaryNeedCode = r.Text("cine_cin_primary_need_code"),
                });
            }
            return list;
        }

        private void Field(ISsdRowReader reader, string column, OptionalField field)
        {
            if (reader.Has(column))
            {
                Fields.Add(field);
            }
        }

        public List<Assessment> ReadAssessments()
        {
            var list = new List<Assessment>();
            foreach (var r in Rows(SsdSchema.CinAssessments, CaseTable.Assessments))
            {
                var id = r.Required("cina_assessment_id");
                var child = r.Required("cina_person_id");
                var start = r.RequiredDate("cina_assessment_start_date");
                var auth = r.Date("cina_assessment_auth_date");
                if (r.Rejected)
                {
                    continue;
                }
                var outcome = SsdCodes.AssessmentOutcomeOf(r.Flag("cina_assessment_outcome_nfa"), r.Json("cina_assessment_outcome_json"));
                list.Add(new Assessment(id, child, r.Text("cina_referral_id"), start, auth, outcome, r.Text("cina_assessment_team"), r.Text("cina_assessment_worker_id")));
            }
            return list;
        }

        public List<CinPlan> ReadCinPlans()
        {
            var list = new List<CinPlan>();
            foreach (var r in Rows(SsdSchema.CinPlans, CaseTable.CinPlans))
            {
                var id = r.Required("cinp_cin_plan_id");
                var child = r.Required("cinp_person_id");
                var start = r.RequiredDate("cinp_cin_plan_start_date");
                var end = r.Date("cinp_cin_plan_end_date");
                if (!r.Rejected)
                {
                    list.Add(new CinPlan(id, child, start, end, r.Text("cinp_cin_plan_team"), r.Text("cinp_cin_plan_worker_id")));
                }
            }
            return list;
        }

        public List<Section47Enquiry> ReadSection47()
        {
            // ICPCs first, keyed by the enquiry they belong to (the SSD joins them by icpc_s47_enquiry_id).
            var icpcs = new Dictionary<string, (DateOnly? Date, bool? Plan, string Location, long Line)>(StringComparer.Ordinal);
            foreach (var r in Rows(SsdSchema.InitialCpConference, null))
            {
                var s47 = r.Required("icpc_s47_enquiry_id");
                var date = r.Date("icpc_icpc_date");
                if (r.Rejected)
                {
                    continue;
                }
                if (!icpcs.TryAdd(s47, (date, r.Flag("icpc_icpc_outcome_cp_flag"), r.Location, r.Line)))
                {
                    r.Warn(StatutoryRules.DuplicateId, "icpc_s47_enquiry_id", s47, "A second initial conference for the same enquiry; the first is used.");
                }
            }
            var list = new List<Section47Enquiry>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in Rows(SsdSchema.S47Enquiry, CaseTable.Section47))
            {
                var id = r.Required("s47e_s47_enquiry_id");
                var child = r.Required("s47e_person_id");
                var start = r.RequiredDate("s47e_s47_start_date");
                var json = r.Json("s47e_s47_outcome_json");
                if (r.Rejected)
                {
                    continue;
                }
                var notRequired = json is not null && (json.GetValueOrDefault(SsdCodes.CpConferenceKey) ?? json.GetValueOrDefault("OUTCOME_" + SsdCodes.CpConferenceKey)) is { } flag
                                  && flag.Equals("N", StringComparison.OrdinalIgnoreCase);
                icpcs.TryGetValue(id, out var icpc);
                used.Add(id);
                list.Add(new Section47Enquiry(id, child, start, notRequired, icpc.Date, null, icpc.Plan,
                    r.Text("s47e_s47_completed_by_team"), r.Text("s47e_s47_completed_by_worker_id")));
            }
            foreach (var (s47, icpc) in icpcs)
            {
                if (!used.Contains(s47))
                {
                    Issues.Warning(SsdRules.RecordOrphan, icpc.Location, icpc.Line, "icpc_s47_enquiry_id", s47, "No section 47 enquiry has this id; the conference is not loaded.");
                }
            }
            return list;
        }

        public Dictionary<string, List<(DateOnly Start, DateOnly? End, string? Worker, string? Team)>> ReadInvolvements()
        {
            var byPerson = new Dictionary<string, List<(DateOnly, DateOnly?, string?, string?)>>(StringComparer.Ordinal);
            foreach (var r in Rows(SsdSchema.Involvements, null))
            {
                var person = r.Required("invo_person_id");
                var start = r.RequiredDate("invo_involvement_start_date");
                var end = r.Date("invo_involvement_end_date");
                if (r.Rejected)
                {
                    continue;
                }
                if (!byPerson.TryGetValue(person, out var l))
                {
                    byPerson[person] = l = [];
                }
                l.Add((start, end, r.Text("invo_professional_id"), r.Text("invo_professional_team")));
            }
            return byPerson;
        }

        public List<CpPlan> ReadCpPlans(Dictionary<string, List<(DateOnly Start, DateOnly? End, string? Worker, string? Team)>> involvements)
        {
            var list = new List<CpPlan>();
            foreach (var r in Rows(SsdSchema.CpPlans, CaseTable.CpPlans))
            {
                var id = r.Required("cppl_cp_plan_id");
                var child = r.Required("cppl_person_id");
                var start = r.RequiredDate("cppl_cp_plan_start_date");
                var end = r.Date("cppl_cp_plan_end_date");
                if (r.Rejected)
                {
                    continue;
                }
                // The plan's team and worker: the child's allocation open on the day the plan started (the latest to start).
                string? worker = null, team = null;
                if (involvements.TryGetValue(child, out var allocations))
                {
                    DateOnly? best = null;
                    foreach (var a in allocations)
                    {
                        if (a.Start <= start && (a.End is null || a.End >= start) && (best is null || a.Start > best))
                        {
                            best = a.Start;
                            worker = a.Worker;
                            team = a.Team;
                        }
                    }
                }
                list.Add(new CpPlan(id, child, start, end, r.Text("cppl_cp_plan_initial_category"), r.Text("cppl_cp_plan_latest_category"), team, worker));
            }
            return list;
        }

        public List<CpVisit> ReadCpVisits(List<CpPlan> plans)
        {
            var planChild = PlanChildren(plans);
            var list = new List<CpVisit>();
            foreach (var r in Rows(SsdSchema.CpVisits, CaseTable.CpVisits))
            {
                var id = r.Required("cppv_cp_visit_id");
                var date = r.RequiredDate("cppv_cp_visit_date");
                if (r.Rejected)
                {
                    continue;
                }
                var child = r.Text("cppv_person_id") ?? (r.Text("cppv_cp_plan_id") is { } plan ? planChild.GetValueOrDefault(plan) : null);
                if (child is null)
                {
                    r.Reject(SsdRules.RecordOrphan, "cppv_cp_plan_id", r.Text("cppv_cp_plan_id"), "The visit names no person and no known plan; it is not loaded.");
                    continue;
                }
                list.Add(new CpVisit(id, child, date, r.Flag("cppv_cp_visit_seen_alone"), null));
            }
            return list;
        }

        public List<CpReview> ReadCpReviews(List<CpPlan> plans)
        {
            var planChild = PlanChildren(plans);
            var list = new List<CpReview>();
            foreach (var r in Rows(SsdSchema.CpReviews, CaseTable.CpReviews))
            {
                var id = r.Required("cppr_cp_review_id");
                var plan = r.Required("cppr_cp_plan_id");
                var date = r.Date("cppr_cp_review_date");
                if (r.Rejected)
                {
                    continue;
                }
                if (date is null)
                {
                    continue; // a review due but not yet held
                }
                var child = r.Text("cppr_person_id") ?? planChild.GetValueOrDefault(plan);
                if (child is null)
                {
                    r.Reject(SsdRules.RecordOrphan, "cppr_cp_plan_id", plan, "The review names no person and no known plan; it is not loaded.");
                    continue;
                }
                list.Add(new CpReview(id, plan, child, date.Value));
            }
            return list;
        }

        private static Dictionary<string, string> PlanChildren(List<CpPlan> plans)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in plans)
            {
                map.TryAdd(p.CpPlanId, p.ChildId);
            }
            return map;
        }

        public List<LacReview> ReadLacReviews(Dictionary<string, string> periodChild)
        {
            var list = new List<LacReview>();
            foreach (var r in Rows(SsdSchema.ClaReviews, CaseTable.LacReviews))
            {
                var id = r.Required("clar_cla_review_id");
                var date = r.RequiredDate("clar_cla_review_date");
                if (r.Rejected || r.Flag("clar_cla_review_cancelled") == true)
                {
                    continue;
                }
                var child = r.Text("clar_cla_person_id") ?? (r.Text("clar_cla_id") is { } cla ? periodChild.GetValueOrDefault(cla) : null);
                if (child is null)
                {
                    r.Reject(SsdRules.RecordOrphan, "clar_cla_id", r.Text("clar_cla_id"), "The review names no person and no known period of care; it is not loaded.");
                    continue;
                }
                list.Add(new LacReview(id, child, date));
            }
            return list;
        }

        public List<LacHealthCheck> ReadHealth()
        {
            var list = new List<LacHealthCheck>();
            foreach (var r in Rows(SsdSchema.ClaHealth, CaseTable.LacHealth))
            {
                var id = r.Required("clah_health_check_id");
                var child = r.Required("clah_person_id");
                var typeText = r.Required("clah_health_check_type");
                var date = r.RequiredDate("clah_health_check_date");
                if (r.Rejected)
                {
                    continue;
                }
                if (SsdCodes.HealthCheckTypeOf(typeText) is not { } type)
                {
                    r.Reject(StatutoryRules.CodeUnknown, "clah_health_check_type", typeText, "Neither a health assessment nor a dental check; the row is not loaded.");
                    continue;
                }
                list.Add(new LacHealthCheck(id, child, type, date, SsdCodes.HealthCheckStatusOf(r.Text("clah_health_check_status"))));
            }
            return list;
        }

        public List<MissingEpisode> ReadMissing()
        {
            var list = new List<MissingEpisode>();
            foreach (var r in Rows(SsdSchema.Missing, CaseTable.MissingEpisodes))
            {
                var id = r.Required("miss_table_id");
                var child = r.Required("miss_person_id");
                var start = r.DateTime("miss_missing_episode_start_date", required: true);
                var end = r.DateTime("miss_missing_episode_end_date");
                var typeText = r.Text("miss_missing_episode_type");
                if (r.Rejected)
                {
                    continue;
                }
                if (SsdCodes.MissingTypeOf(typeText) is not { } type)
                {
                    r.Reject(StatutoryRules.CodeUnknown, "miss_missing_episode_type", typeText, "Not M (missing) or A (absent); the row is not loaded.");
                    continue;
                }
                list.Add(new MissingEpisode(id, child, start!.Value, end, type, r.Flag("miss_missing_rhi_offered"), null));
            }
            return list;
        }

        public List<CareLeaver> ReadCareLeavers(List<Child> children)
        {
            var dobs = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            foreach (var c in children)
            {
                if (c.DateOfBirth is { } d)
                {
                    dobs.TryAdd(c.ChildId, d);
                }
            }
            var list = new List<CareLeaver>();
            foreach (var r in Rows(SsdSchema.CareLeavers, CaseTable.CareLeavers))
            {
                var id = r.Required("clea_table_id");
                var child = r.Required("clea_person_id");
                var contact = r.RequiredDate("clea_care_leaver_latest_contact");
                var inTouchText = r.Text("clea_care_leaver_in_touch");
                if (r.Rejected)
                {
                    continue;
                }
                if (SsdCodes.InTouchOf(inTouchText) is not { } inTouch)
                {
                    r.Reject(StatutoryRules.CodeUnknown, "clea_care_leaver_in_touch", inTouchText, "Not an IN_TOUCH code (YES, NO, DIED, REFU, NREQ, RHOM); the row is not loaded.");
                    continue;
                }
                if (!dobs.TryGetValue(child, out var dob))
                {
                    r.Reject(SsdRules.RecordOrphan, "clea_person_id", child, "The person has no date of birth in ssd_person, so the birthday the record is about cannot be told; it is not loaded.");
                    continue;
                }
                // The SSD holds the latest contact, not the birthday: the record is taken as about the last birthday on or before it.
                var age = Ages.WholeYears(dob, contact);
                var birthday = dob.AddYears(age);
                var suitable = r.Text("clea_care_leaver_accom_suitable") switch
                {
                    "1" => true,
                    "2" => false,
                    var t => FieldParsers.TryParseFlag(t, FlagStyles.Any, out var f) ? f : (bool?)null,
                };
                list.Add(new CareLeaver(id, child, birthday, inTouch, r.Text("clea_care_leaver_activity"), r.Text("clea_care_leaver_accommodation"), suitable));
            }
            return list;
        }
    }
}
