namespace Csc.Analysis.Statistics.Decomposition;

/// <summary>
/// An even window that was rounded up to the next odd number, as R's <c>stl</c> does (its Fortran routine fits with
/// window + 1). Only happens with <see cref="StlDefaults.R"/>; statsmodels refuses even windows and so do we under its defaults.
/// </summary>
/// <param name="Window">Which smoother's window.</param>
/// <param name="Requested">The even window that was asked for; R reports this one in <c>fit$win</c>, and derives the default jump
/// (ceiling(window / 10)) and, for the seasonal window, the default trend window from it.</param>
/// <param name="Used">The odd window the smoother was fitted with: <paramref name="Requested"/> + 1.</param>
public sealed record StlWindowRounding(StlWindow Window, int Requested, int Used);
