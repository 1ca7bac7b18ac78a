namespace Csc.Analysis.Cli.Progress;

/// <summary>How long work is shown while it runs (<c>--progress</c>). Progress always goes to standard error, never to standard output.</summary>
public enum ProgressMode
{
    /// <summary>
    /// The default: <see cref="Live"/> in an interactive terminal; <see cref="Plain"/> in a terminal that cannot redraw
    /// (<c>TERM=dumb</c>) or under continuous integration (<c>CI</c> set); <see cref="None"/> when either stream is
    /// redirected, so redirected output stays byte-identical.
    /// </summary>
    Auto,

    /// <summary>A live display (Spectre.Console): a line per stage with a spinner or bar and its elapsed time.</summary>
    Live,

    /// <summary>One plain line per finished stage with its elapsed time (for logs).</summary>
    Plain,

    /// <summary>Nothing.</summary>
    None,
}
