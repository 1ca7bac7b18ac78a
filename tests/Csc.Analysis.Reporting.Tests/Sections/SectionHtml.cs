using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Reporting.Tests.Sections;

/// <summary>A section's body as markup, for the section tests (a whole part is <see cref="HtmlFragment.Render"/>).</summary>
internal static class SectionHtml
{
    public static string Body(IReportSection section)
    {
        var writer = new HtmlWriter();
        section.WriteBody(writer);
        return writer.ToString();
    }

    public static string Markup(IHtmlRenderable part) => HtmlFragment.Render(part).Markup;
}
