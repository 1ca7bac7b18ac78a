using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Csc.Analysis;

/// <summary>Argument checks shared by the domain types. Messages are part of the contract: tests check them.</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string message, [CallerArgumentExpression(nameof(condition))] string? name = null)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }

    public static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Value should be in range [{min}-{max}]");
        }
        return value;
    }
}
