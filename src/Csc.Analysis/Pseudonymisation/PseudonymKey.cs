using System.Security.Cryptography;
using System.Text;

namespace Csc.Analysis.Pseudonymisation;

/// <summary>
/// The secret that keys the pseudonyms (HMAC-SHA256). The same key gives the same pseudonym for the same
/// id in every table and every run; without it a pseudonym cannot be reversed or recomputed.
/// The key's bytes are never shown: <see cref="ToString"/> is redacted and messages name only the file.
/// </summary>
public sealed class PseudonymKey
{
    /// <summary>The fewest key bytes accepted (128 bits).</summary>
    public const int MinimumBytes = 16;

    private readonly byte[] _key;

    private PseudonymKey(byte[] key) => _key = key;

    /// <summary>A key from raw bytes (at least <see cref="MinimumBytes"/>).</summary>
    public static PseudonymKey FromBytes(ReadOnlySpan<byte> key)
    {
        Preconditions.CheckArgument(key.Length >= MinimumBytes, $"The pseudonymisation key is {key.Length} bytes: it needs at least {MinimumBytes} (for example 32 random bytes, `head -c 32 /dev/urandom > key.bin`).");
        return new PseudonymKey(key.ToArray());
    }

    /// <summary>
    /// Reads a key file: its bytes as they are, except that a text file's trailing line break is dropped so that a key
    /// typed or pasted into an editor is the same key as the one written with <c>printf</c>.
    /// </summary>
    public static PseudonymKey FromFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var length = bytes.Length;
        while (length > 0 && (bytes[length - 1] == (byte)'\n' || bytes[length - 1] == (byte)'\r'))
        {
            length--;
        }
        return FromBytes(bytes.AsSpan(0, length));
    }

    /// <summary>HMAC-SHA256 of <paramref name="kind"/> and <paramref name="value"/> under this key (the kind keeps a child id and a record id with the same text apart).</summary>
    internal byte[] Mac(string kind, string value)
    {
        var message = Encoding.UTF8.GetBytes(kind + "\u001f" + value);
        return HMACSHA256.HashData(_key, message);
    }

    /// <summary>Always redacted: the key never appears in output, logs or messages.</summary>
    public override string ToString() => "PseudonymKey(redacted)";
}
