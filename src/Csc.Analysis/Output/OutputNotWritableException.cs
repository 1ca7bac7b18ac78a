namespace Csc.Analysis.Output;

/// <summary>
/// An output could not be written because its folder cannot be created or written (permission denied, a file where
/// a folder should be, a read-only or full disk). The message is one sentence naming the output and its folder;
/// the previous file, if any, is unchanged.
/// </summary>
public sealed class OutputNotWritableException : IOException
{
    /// <summary>Creates the exception with its message and cause.</summary>
    public OutputNotWritableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public OutputNotWritableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public OutputNotWritableException()
        : base("an output could not be written")
    {
    }

    /// <summary>The exception for <paramref name="path"/> failing with <paramref name="cause"/>.</summary>
    internal static OutputNotWritableException For(string path, Exception cause)
    {
        var folder = System.IO.Path.GetDirectoryName(path) ?? path;
        var reason = cause switch
        {
            UnauthorizedAccessException => "permission denied",
            _ => cause.Message.TrimEnd('.'),
        };
        return new OutputNotWritableException($"cannot write '{path}': the folder '{folder}' cannot be written ({reason}).", cause);
    }
}
