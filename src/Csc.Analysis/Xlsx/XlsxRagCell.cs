using Csc.Analysis.Kpis;

namespace Csc.Analysis.Xlsx;

/// <summary>A RAG rating in a workbook: the rating as text ("Green", "Amber", "Red", or the text given for none) on a matching fill, so it reads the same printed in black and white.</summary>
public sealed record XlsxRagCell(Rag Rag, string Text);
