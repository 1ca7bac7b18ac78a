using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;
using LoadOptions = Csc.Analysis.Data.Loading.LoadOptions;

namespace Csc.Analysis.Data.Statutory;

/// <summary>
/// Loads DfE children in need census XML (any year from 2016 to 2027: GenderCurrent or, from
/// 2024/25, Sex; booleans as 0/1 or true/false). The file is streamed child by child with an
/// XmlReader; every issue carries the XML line. A folder loads every CIN census .xml in it.
/// Child → Child; CINdetails → Referral; Assessments → Assessment; CINPlanDates → CinPlan;
/// Section47 → Section47Enquiry (the ICPC is the DateOfInitialCPC inside the Section47 group);
/// ChildProtectionPlans → CpPlan (NumberOfPreviousCPP its previous plans), each CPPreviewDate → CpReview; CINclosureDate,
/// ReasonForClosure and PrimaryNeedCode go on the referral. The census has no record ids: ids are the child id and element
/// ordinals (for example DfEX0000001/cin1/a2 for the second assessment of the first CINdetails).
/// </summary>
public sealed class CinCensusLoader : ICaseDataLoader
{
    private static readonly HashSet<string> KnownElements = new(StringComparer.Ordinal)
    {
        "Message", "Header", "CollectionDetails", "Collection", "Year", "ReferenceDate", "Source", "SourceLevel", "LEA",
        "SoftwareCode", "Release", "SerialNo", "DateTime", "Children", "Child", "ChildIdentifiers", "LAchildID", "UPN",
        "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "GenderCurrent", "Sex", "PersonDeathDate",
        "ChildCharacteristics", "Ethnicity", "Disabilities", "Disability", "CINdetails", "CINreferralDate", "ReferralSource",
        "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA", "Assessments",
        "AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate",
        "FactorsIdentifiedAtAssessment", "AssessmentFactors", "CINPlanDates", "CINPlanStartDate", "CINPlanEndDate",
        "Section47", "S47ActualStartDate", "InitialCPCtarget", "ICPCnotRequired", "ChildProtectionPlans", "CPPstartDate",
        "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP", "SeenSocialWorker", "Reviews",
        "CPPreviewDate", "PreProceedingsandFGDM", "PPStartDate", "LBPSentDate", "FGDMMeetingOffer", "FGDMMeetingFac",
        "InitialPPMeetingDate", "ReviewMeetingsCount", "StepDecisionDate", "PPOutcome", "CourtAppDate", "LetterInitCPDate",
    };

    private static IReadOnlySet<string> Set(params string[] codes) => new HashSet<string>(codes, StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> ReferralSources = Set(
        "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "6", "7", "8", "9", "10");

    private static readonly IReadOnlySet<string> PrimaryNeed = Set("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    private static readonly IReadOnlySet<string> ClosureReasons = Set("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    private static readonly IReadOnlySet<string> Disabilities = Set(
        "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");

    private static readonly IReadOnlySet<string> UpnUnknown = Set("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7", "UN8", "UN9", "UN10");

    /// <summary>The format this loader reads.</summary>
    public DataFormat Format => DataFormat.CinCensus;

    /// <summary>Whether <paramref name="path"/> looks like this format.</summary>
    public bool CanLoad(string path)
    {
        if (File.Exists(path))
        {
            return path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && RootIsMessage(path);
        }
        return Directory.Exists(path)
            && Directory.EnumerateFiles(path, "*.xml", SearchOption.TopDirectoryOnly).Take(32).Any(RootIsMessage);
    }

    /// <summary>Loads <paramref name="path"/>: every row is loaded or reported as an issue with its file, line, column and value.</summary>
    public LoadResult Load(string path, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string> files;
        if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path, "*.xml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new DataLoadException($"'{path}' does not exist.");
        }
        var sink = new IssueCollector();
        // A folder named like a census file (census.xml/) is reported, not skipped.
        var folders = Directory.Exists(path) ? SourceFiles.FoldersNamedAsFiles(path, "*.xml", sink) : [];
        if (files.Count == 0)
        {
            sink.Error(StatutoryRules.FileEmpty, Path.GetFileName(path), null, null, null, "The folder has no .xml files: expected CIN census XML files.");
        }
        var councils = files.Count > 1 ? CouncilsOf(files) : null;
        if (councils is null)
        {
            var state = new CinState(sink, options);
            state.Files.AddRange(folders);
            return new LoadResult(DataFormat.CinCensus, LoadFiles(files, state), sink.Issues, state.Files);
        }
        // A regional stack: files from several councils, each naming its council in the header's LEA. Each council's files
        // load on their own (ids are unique within a council), its rows tagged with its code; the councils are then joined.
        var parts = new List<CaseData>();
        var described = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var (file, _) in councils.Where(c => c.Council is null))
        {
            sink.Warning(StatutoryRules.CouncilColumnAbsent, Path.GetFileName(file), null, "LEA", null,
                "Other files name their council in the header's LEA but this one does not: its children belong to no council and are not read. Add the LEA to its header.");
            described[file] = SourceFiles.Describe(file, 0) with { Unusable = true };
        }
        foreach (var group in councils.Where(c => c.Council is not null).GroupBy(c => c.Council!.Value, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var state = new CinState(sink, options);
            var groupFiles = group.Select(g => g.File).ToList();
            parts.Add(CouncilPartition.Tag(LoadFiles(groupFiles, state), group.First().Council!));
            for (var i = 0; i < groupFiles.Count; i++)
            {
                described[groupFiles[i]] = state.Files[i];
            }
        }
        var joined = CouncilPartition.Join(parts);
        return new LoadResult(DataFormat.CinCensus, joined with { ExtractDate = options.ExtractDate, Supplied = Supplied }, sink.Issues,
            [.. folders, .. files.Select(f => described[f])]);
    }

    /// <summary>What a CIN census supplies: its tables and the optional fields of its referrals and plans.</summary>
    private static DataSupplied Supplied { get; } = new()
    {
        Tables = new HashSet<CaseTable>
        {
            CaseTable.Children, CaseTable.Referrals, CaseTable.Assessments, CaseTable.Section47, CaseTable.CinPlans,
            CaseTable.CpPlans, CaseTable.CpReviews,
        },
        Fields = new HashSet<OptionalField>
        {
            OptionalField.ReferralClosureDate, OptionalField.ReferralReasonForClosure, OptionalField.ReferralPrimaryNeed,
            OptionalField.CpPlanPreviousPlans,
        },
    };

    /// <summary>
    /// Each file with the council its header's LEA names (null when it names none that is a council code), when the files
    /// name two councils or more; null otherwise (one council's files load as before, untagged).
    /// </summary>
    private static List<(string File, CouncilCode? Council)>? CouncilsOf(IReadOnlyList<string> files)
    {
        var found = files.Select(f => (File: f, Council: CouncilCode.TryParse(HeaderLea(f), out var code) ? code : null)).ToList();
        return found.Where(f => f.Council is not null).Select(f => f.Council!.Value).Distinct(StringComparer.Ordinal).Count() >= 2 ? found : null;
    }

    /// <summary>The text of the header's LEA element (matched by local name, so a default namespace does not hide it); null when the file has none before its children.</summary>
    private static string? HeaderLea(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
            // A header has a dozen elements: a file with thousands before its children is not looked through further.
            const int MaxHeaderElements = 10_000;
            var elements = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                if (reader.LocalName == "Children" || ++elements > MaxHeaderElements)
                {
                    return null;
                }
                if (reader.LocalName == "LEA")
                {
                    return reader.ReadElementContentAsString().Trim();
                }
            }
            return null;
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Loads <paramref name="files"/> into <paramref name="state"/> and returns their case data.</summary>
    private static CaseData LoadFiles(IReadOnlyList<string> files, CinState state)
    {
        foreach (var f in files)
        {
            var (rows, usable) = LoadFile(f, state);
            state.Files.Add(SourceFiles.Describe(f, rows) with { Unusable = !usable });
        }
        return new CaseData
        {
            ExtractDate = state.Options.ExtractDate,
            Children = state.Children,
            Referrals = state.Referrals,
            Assessments = state.Assessments,
            Section47Enquiries = state.Section47,
            CinPlans = state.CinPlans,
            CpPlans = state.CpPlans,
            CpReviews = state.CpReviews,
            Supplied = Supplied,
        };
    }

    private static bool RootIsMessage(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "Message";
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Streams one file; returns the number of Child elements read, and false when nothing in the file could be used.</summary>
    private static (long Children, bool Usable) LoadFile(string path, CinState state)
    {
        var file = Path.GetFileName(path);
        var sink = state.Sink;
        var fields = new FieldReader(sink, state.Options, file, DateStyle.Iso);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        long children = 0;
        var usable = true;
        var unknown = new Dictionary<string, (long Line, int Count)>(StringComparer.Ordinal);
        try
        {
            if (new FileInfo(path).Length == 0)
            {
                sink.Error(StatutoryRules.FileEmpty, file, null, null, null, "The file is empty (0 bytes): expected a CIN census <Message>.");
                return (0, false);
            }
            using var reader = XmlReader.Create(path, settings);
            var info = (IXmlLineInfo)reader;
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                sink.Error(StatutoryRules.FileEmpty, file, null, null, null, "The file has no XML element: expected a CIN census <Message>.");
                return (0, false);
            }
            if (reader.LocalName != "Message")
            {
                sink.Error(StatutoryRules.XmlNotCinCensus, file, info.LineNumber, reader.LocalName, null,
                    $"The root element is <{reader.LocalName}>, not <Message>: this is not a CIN census file.");
                return (0, false);
            }
            var sawChildren = false;
            long childrenLine = 0;
            // Walk the Message: Header and Children are read one element at a time; each Child is
            // materialised alone (with line numbers), so memory stays bounded by the largest child.
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "Message")
                {
                    reader.Read();
                    break;
                }
                if (reader.NodeType != XmlNodeType.Element)
                {
                    if (reader.NodeType == XmlNodeType.Text && !string.IsNullOrWhiteSpace(reader.Value))
                    {
                        StrayText(sink, file, info.LineNumber, "Message", reader.Value);
                    }
                    reader.Read();
                    continue;
                }
                switch (reader.LocalName)
                {
                    case "Header":
                        ReadHeader(LoadElement(reader, out _), fields, state, unknown);
                        break;
                    case "Children":
                        sawChildren = true;
                        childrenLine = info.LineNumber;
                        if (reader.IsEmptyElement)
                        {
                            reader.Read();
                            break;
                        }
                        reader.Read();
                        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "Children"))
                        {
                            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Child")
                            {
                                var line = info.LineNumber;
                                var child = LoadElement(reader, out var tooDeep);
                                children++;
                                if (tooDeep)
                                {
                                    sink.Error(StatutoryRules.XmlTooDeep, file, line, "Child", null,
                                        $"This <Child> nests elements more than {MaxChildDepth} levels deep (a CIN census child needs 4); it is skipped.");
                                    continue;
                                }
                                ReadChild(child, line, fields, state, unknown);
                            }
                            else if (reader.NodeType == XmlNodeType.Element)
                            {
                                Unknown(unknown, reader.LocalName, info.LineNumber);
                                reader.Skip();
                            }
                            else
                            {
                                if (reader.NodeType == XmlNodeType.Text && !string.IsNullOrWhiteSpace(reader.Value))
                                {
                                    StrayText(sink, file, info.LineNumber, "Children", reader.Value);
                                }
                                reader.Read();
                            }
                        }
                        reader.Read();
                        break;
                    default:
                        Unknown(unknown, reader.LocalName, info.LineNumber);
                        reader.Skip();
                        break;
                }
            }
            if (!sawChildren)
            {
                sink.Error(StatutoryRules.XmlNotCinCensus, file, null, "Children", null,
                    "The <Message> has no <Children> element: this is not a CIN census file (or it is empty).");
                usable = false;
            }
            else if (children == 0)
            {
                sink.Warning(StatutoryRules.FileEmpty, file, childrenLine, "Children", null,
                    "The census has no <Child> under <Children>: no children, referrals or plans were loaded from this file.");
            }
        }
        catch (XmlException ex)
        {
            sink.Error(StatutoryRules.XmlMalformed, file, ex.LineNumber > 0 ? ex.LineNumber : null, null, null,
                $"The XML is not well formed ({ex.Message}); the file may be truncated. The {children} children read before this point are kept.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Error(StatutoryRules.FileUnreadable, file, null, null, null, $"The file cannot be read: {ex.Message}");
            usable = false;
        }
        foreach (var (name, (line, count)) in unknown.OrderBy(kv => kv.Value.Line))
        {
            sink.Info(StatutoryRules.XmlUnknownElement, file, line, name, null,
                $"<{name}> is not a CIN census element the kit knows ({count} occurrence{(count == 1 ? string.Empty : "s")}, first here); skipped.");
        }
        state.ReportFile(file);
        return (children, usable);
    }

    /// <summary>The deepest nesting accepted inside a &lt;Child&gt;, counting the Child as 1 (real returns need 4).</summary>
    internal const int MaxChildDepth = 32;

    /// <summary>
    /// Materialises the element the reader is on and moves the reader past it. Built node by node, iteratively:
    /// <see cref="XElement.Load(XmlReader, System.Xml.Linq.LoadOptions)"/> with line info takes time that grows
    /// with the square of the nesting depth, so hostile nesting would stall the load. Elements deeper than
    /// <see cref="MaxChildDepth"/> are skipped (the reader moves past them in linear time) and
    /// <paramref name="tooDeep"/> is set. Each element and text keeps its line as a <see cref="SourceLine"/>.
    /// Names lose any namespace: the CIN census has none, and a file that declares a default namespace means
    /// the same elements.
    /// </summary>
    private static XElement LoadElement(XmlReader reader, out bool tooDeep)
    {
        tooDeep = false;
        var info = (IXmlLineInfo)reader;
        var baseDepth = reader.Depth;
        var root = StartElement(reader, info);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return root;
        }
        var current = root;
        reader.Read();
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Depth - baseDepth + 1 > MaxChildDepth:
                    tooDeep = true;
                    reader.Skip();
                    continue;
                case XmlNodeType.Element:
                    var element = StartElement(reader, info);
                    current.Add(element);
                    if (!reader.IsEmptyElement)
                    {
                        current = element;
                    }
                    break;
                case XmlNodeType.EndElement when reader.Depth == baseDepth:
                    reader.Read();
                    return root;
                case XmlNodeType.EndElement:
                    current = current.Parent ?? root;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    var text = new XText(reader.Value);
                    text.AddAnnotation(new SourceLine(info.LineNumber));
                    current.Add(text);
                    break;
                default:
                    break;
            }
            reader.Read();
        }
        return root;
    }

    private static XElement StartElement(XmlReader reader, IXmlLineInfo info)
    {
        var element = new XElement(XName.Get(reader.LocalName));
        element.AddAnnotation(new SourceLine(info.LineNumber));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.Prefix != "xmlns" && reader.LocalName != "xmlns")
                {
                    element.SetAttributeValue(XName.Get(reader.LocalName), reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return element;
    }

    /// <summary>The source line of an element or text built by <see cref="LoadElement"/>.</summary>
    private sealed record SourceLine(long Line);

    private static void Unknown(Dictionary<string, (long Line, int Count)> unknown, string name, long line)
        => unknown[name] = unknown.TryGetValue(name, out var u) ? (u.Line, u.Count + 1) : (line, 1);

    private static void StrayText(IssueCollector sink, string file, long line, string parent, string text)
        => sink.Warning(StatutoryRules.XmlStrayText, file, line, parent, text.Trim(),
            $"Text '{text.Trim()}' sits between elements inside <{parent}>; it is ignored.");

    private static long LineOf(XObject node) => node.Annotation<SourceLine>()?.Line ?? 0;

    private static void ReadHeader(XElement header, FieldReader fields, CinState state, Dictionary<string, (long Line, int Count)> unknown)
    {
        Walk(header, fields, unknown);
        var collection = header.Element("CollectionDetails")?.Element("Collection");
        if (collection is not null && !string.Equals(collection.Value.Trim(), "CIN", StringComparison.OrdinalIgnoreCase))
        {
            fields.Sink.Warning(StatutoryRules.XmlNotCinCensus, fields.File, LineOf(collection), "Collection", collection.Value.Trim(),
                "The header's Collection is not CIN; the file is read as a CIN census anyway.");
        }
        var reference = header.Element("CollectionDetails")?.Element("ReferenceDate");
        if (reference is not null)
        {
            fields.Date(LineOf(reference), "ReferenceDate", reference.Value);
        }
    }

    /// <summary>Reports unknown elements and stray text anywhere under <paramref name="element"/>.</summary>
    private static void Walk(XElement element, FieldReader fields, Dictionary<string, (long Line, int Count)> unknown)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XElement e)
            {
                if (!KnownElements.Contains(e.Name.LocalName))
                {
                    Unknown(unknown, e.Name.LocalName, LineOf(e));
                    continue;
                }
                Walk(e, fields, unknown);
            }
            else if (node is XText t && element.HasElements && !string.IsNullOrWhiteSpace(t.Value))
            {
                StrayText(fields.Sink, fields.File, LineOf(t) is > 0 and var l ? l : LineOf(element), element.Name.LocalName, t.Value);
            }
        }
    }

    private static void ReadChild(XElement child, long line, FieldReader f, CinState state, Dictionary<string, (long Line, int Count)> unknown)
    {
        Walk(child, f, unknown);
        var sink = f.Sink;
        var ids = child.Element("ChildIdentifiers");
        var idElement = ids?.Element("LAchildID");
        var id = f.Text(LineOf(idElement ?? (XObject?)ids ?? child) is > 0 and var l ? l : line, "LAchildID", idElement?.Value, required: true);
        var dob = Date(f, ids?.Element("PersonBirthDate"));
        f.Leniently(() =>
        {
            Date(f, ids?.Element("ExpectedPersonBirthDate"));
            Date(f, ids?.Element("PersonDeathDate"));
        });
        Code(f, ids?.Element("UPNunknown"), UpnUnknown);
        var sexElement = ids?.Element("Sex") ?? ids?.Element("GenderCurrent");
        string? sex = null;
        if (sexElement is not null && !string.IsNullOrWhiteSpace(sexElement.Value))
        {
            var v = sexElement.Value.Trim().ToUpperInvariant();
            sex = v switch
            {
                "1" or "M" or "MALE" => "M",
                "2" or "F" or "FEMALE" => "F",
                _ => null,
            };
            if (sex is null && v is not ("0" or "9" or "U" or "I" or "UNKNOWN"))
            {
                sink.Warning(StatutoryRules.CodeUnknown, f.File, LineOf(sexElement), sexElement.Name.LocalName, sexElement.Value.Trim(),
                    $"{sexElement.Name.LocalName} '{sexElement.Value.Trim()}' is not 1/M (male), 2/F (female), 0, 9 or U (not known); read as unknown.");
            }
        }
        var characteristics = child.Element("ChildCharacteristics");
        var ethnicity = Code(f, characteristics?.Element("Ethnicity"), Ssda903Tables.Ethnic);
        var disabilityCodes = characteristics?.Element("Disabilities")?.Elements("Disability")
            .Select(d => Code(f, d, Disabilities)).OfType<string>().ToList() ?? [];
        var disability = disabilityCodes.Count == 0 ? null : disabilityCodes.All(c => c == "NONE") ? "N" : "Y";
        if (id is null)
        {
            sink.Error(StatutoryRules.ValueMissing, f.File, line, "Child", null, "The <Child> has no LAchildID, so none of its records can be loaded.");
            return;
        }
        if (!state.ChildIds.Add(id))
        {
            sink.Error(StatutoryRules.DuplicateId, f.File, line, "LAchildID", id, $"Child {id} appears more than once; the later <Child> and its records are rejected.");
            return;
        }
        state.Children.Add(new Child(id, sex, dob, ethnicity, disability, null));

        var k = 0;
        foreach (var details in child.Elements("CINdetails"))
        {
            k++;
            ReadDetails(details, id, k, f, state);
        }
    }

    private static void ReadDetails(XElement details, string childId, int ordinal, FieldReader f, CinState state)
    {
        var sink = f.Sink;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{childId}/cin{ordinal}");
        var errors = sink.ErrorCount;
        var referralElement = details.Element("CINreferralDate");
        var referralDate = referralElement is null
            ? Missing(f, details, "CINreferralDate")
            : f.Date(LineOf(referralElement), "CINreferralDate", referralElement.Value, required: true);
        var source = Code(f, details.Element("ReferralSource"), ReferralSources);
        var need = Code(f, details.Element("PrimaryNeedCode"), PrimaryNeed);
        // The closure date says whether the child in need episode is open: an unreadable one rejects the referral
        // (as any other unreadable date does) rather than leaving the episode looking open.
        var closure = Date(f, details.Element("CINclosureDate"));
        var reason = Code(f, details.Element("ReasonForClosure"), ClosureReasons);
        f.Leniently(() => Date(f, details.Element("DateOfInitialCPC")));
        var nfa = Flag(f, details.Element("ReferralNFA"));
        if (referralDate is { } r0 && closure is not null)
        {
            f.CheckOrder(LineOf(details.Element("CINclosureDate")!), "CINreferralDate", r0, "CINclosureDate", closure);
        }
        string? referralId = null;
        if (referralDate is { } r && sink.ErrorCount == errors)
        {
            referralId = prefix;
            state.Referrals.Add(new Referral(referralId, childId, r, source, nfa ?? false, null, null)
            {
                ClosureDate = closure,
                ReasonForClosure = reason,
                PrimaryNeedCode = need,
            });
        }

        var plans = details.Elements("ChildProtectionPlans").ToList();
        var planStarts = new HashSet<DateOnly>();
        var j = 0;
        foreach (var cpp in plans)
        {
            j++;
            var e0 = sink.ErrorCount;
            var start = Required(f, cpp, "CPPstartDate");
            var end = Date(f, cpp.Element("CPPendDate"));
            var initial = Code(f, cpp.Element("InitialCategoryOfAbuse"), AnnexACodes.CategoryOfAbuse);
            var latest = Code(f, cpp.Element("LatestCategoryOfAbuse"), AnnexACodes.CategoryOfAbuse);
            int? previous = null;
            f.Leniently(() => previous = cpp.Element("NumberOfPreviousCPP") is { } n ? f.WholeNumber(LineOf(n), "NumberOfPreviousCPP", n.Value) : null);
            if (start is { } s0)
            {
                f.CheckOrder(LineOf((XObject?)cpp.Element("CPPendDate") ?? cpp), "CPPstartDate", s0, "CPPendDate", end);
            }
            if (start is not { } s || sink.ErrorCount != e0)
            {
                continue;
            }
            planStarts.Add(s);
            var planId = string.Create(CultureInfo.InvariantCulture, $"{prefix}/cpp{j}");
            state.CpPlans.Add(new CpPlan(planId, childId, s, end, initial, latest, null, null) { PreviousCpPlans = previous });
            var k = 0;
            foreach (var review in cpp.Element("Reviews")?.Elements("CPPreviewDate") ?? [])
            {
                k++;
                // An unreadable review date is an error that drops that review only (the plan is already kept).
                if (Date(f, review) is { } reviewDate)
                {
                    state.CpReviews.Add(new CpReview(string.Create(CultureInfo.InvariantCulture, $"{planId}/r{k}"), planId, childId, reviewDate));
                }
            }
        }

        j = 0;
        foreach (var a in details.Elements("Assessments"))
        {
            j++;
            var e0 = sink.ErrorCount;
            var start = Required(f, a, "AssessmentActualStartDate");
            f.Leniently(() => Date(f, a.Element("AssessmentInternalReviewDate")));
            var authorised = Date(f, a.Element("AssessmentAuthorisationDate"));
            state.Factors += a.Element("FactorsIdentifiedAtAssessment")?.Elements("AssessmentFactors").Count() ?? 0;
            if (start is { } s0)
            {
                f.CheckOrder(LineOf((XObject?)a.Element("AssessmentAuthorisationDate") ?? a), "AssessmentActualStartDate", s0, "AssessmentAuthorisationDate", authorised);
            }
            if (start is { } s && sink.ErrorCount == e0)
            {
                state.Assessments.Add(new Assessment(string.Create(CultureInfo.InvariantCulture, $"{prefix}/a{j}"), childId, referralId, s, authorised, null, null, null));
            }
        }

        j = 0;
        foreach (var p in details.Elements("CINPlanDates"))
        {
            j++;
            var e0 = sink.ErrorCount;
            var start = Required(f, p, "CINPlanStartDate");
            var end = Date(f, p.Element("CINPlanEndDate"));
            if (start is { } s0)
            {
                f.CheckOrder(LineOf((XObject?)p.Element("CINPlanEndDate") ?? p), "CINPlanStartDate", s0, "CINPlanEndDate", end);
            }
            if (start is { } s && sink.ErrorCount == e0)
            {
                state.CinPlans.Add(new CinPlan(string.Create(CultureInfo.InvariantCulture, $"{prefix}/p{j}"), childId, s, end, null, null));
            }
        }

        j = 0;
        foreach (var s47 in details.Elements("Section47"))
        {
            j++;
            var e0 = sink.ErrorCount;
            var start = Required(f, s47, "S47ActualStartDate");
            f.Leniently(() => Date(f, s47.Element("InitialCPCtarget")));
            var icpc = Date(f, s47.Element("DateOfInitialCPC"));
            var notRequired = Flag(f, s47.Element("ICPCnotRequired"));
            // The census does not say whether the ICPC led to a plan: a plan in the same CINdetails
            // starting on the ICPC date is read as yes, none as no.
            bool? planFromIcpc = icpc is { } d ? planStarts.Contains(d) : null;
            if (start is { } s && sink.ErrorCount == e0)
            {
                state.Section47.Add(new Section47Enquiry(string.Create(CultureInfo.InvariantCulture, $"{prefix}/s47-{j}"), childId, s, notRequired ?? false, icpc, null, planFromIcpc, null, null));
            }
        }
        if (details.Element("PreProceedingsandFGDM") is not null)
        {
            state.PreProceedings++;
        }
    }

    private static DateOnly? Missing(FieldReader f, XElement parent, string name)
    {
        f.Sink.Error(StatutoryRules.ValueMissing, f.File, LineOf(parent), name, null, $"<{parent.Name.LocalName}> has no <{name}>, which is required.");
        return null;
    }

    private static DateOnly? Required(FieldReader f, XElement parent, string name)
        => parent.Element(name) is { } e ? f.Date(LineOf(e), name, e.Value, required: true) : Missing(f, parent, name);

    private static DateOnly? Date(FieldReader f, XElement? e) => e is null ? null : f.Date(LineOf(e), e.Name.LocalName, e.Value);

    private static bool? Flag(FieldReader f, XElement? e) => e is null ? null : f.Flag(LineOf(e), e.Name.LocalName, e.Value);

    private static string? Code(FieldReader f, XElement? e, IReadOnlySet<string> codes)
        => e is null ? null : f.Code(LineOf(e), e.Name.LocalName, e.Value, codes);

    private sealed class CinState(IssueCollector sink, LoadOptions options)
    {
        public IssueCollector Sink { get; } = sink;

        public LoadOptions Options { get; } = options;

        public List<SourceFile> Files { get; } = [];

        public HashSet<string> ChildIds { get; } = new(StringComparer.Ordinal);

        public List<Child> Children { get; } = [];

        public List<Referral> Referrals { get; } = [];

        public List<Assessment> Assessments { get; } = [];

        public List<Section47Enquiry> Section47 { get; } = [];

        public List<CinPlan> CinPlans { get; } = [];

        public List<CpPlan> CpPlans { get; } = [];

        public List<CpReview> CpReviews { get; } = [];

        public long Factors { get; set; }

        public long PreProceedings { get; set; }

        private int reportedChildren;

        /// <summary>The per-file info issues: what the census does not carry and what was read but not mapped.</summary>
        public void ReportFile(string file)
        {
            if (Children.Count == reportedChildren)
            {
                return;
            }
            reportedChildren = Children.Count;
            Sink.Info(StatutoryRules.IdSynthesised, file, null, null, null,
                "The CIN census has no record ids: ids are the child id and element ordinals (child/cinN for the referral, /aN assessments, /pN CIN plans, /s47-N enquiries, /cppN CP plans).");
            Sink.Info(StatutoryRules.NotCarried, file, null, null, null,
                "The CIN census has no contacts, teams, workers, assessment outcomes, CP visits, looked-after episodes or the date an ICPC was recorded. CpPlanFromIcpc is inferred: yes when a CP plan in the same CINdetails starts on the ICPC date. The DateOfInitialCPC directly under CINdetails is validated but not used.");
            Sink.Info(StatutoryRules.NotMapped, file, null, null, null,
                $"Read and validated but not in the domain model: {Factors} assessment factors, {PreProceedings} pre-proceedings groups, UPNs and disabilities beyond yes/no.");
        }
    }
}
