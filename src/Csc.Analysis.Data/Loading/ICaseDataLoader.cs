using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Loading;

/// <summary>One input format's loader. Implementations are found by <see cref="CaseDataLoader"/>.</summary>
public interface ICaseDataLoader
{
    /// <summary>The format the loader reads.</summary>
    DataFormat Format { get; }

    /// <summary>True when <paramref name="path"/> (a file or folder) looks like this format.</summary>
    bool CanLoad(string path);

    /// <summary>Loads, reporting every problem in the result; throws only for a missing path.</summary>
    LoadResult Load(string path, LoadOptions options);
}
