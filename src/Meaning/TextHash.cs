using System.Security.Cryptography;
using System.Text;

namespace LearningSearch.Meaning;

/// <summary>
/// A fingerprint of a unit's text, kept beside its vector so that the next build re-embeds only texts that
/// changed. 64 bits of SHA-256: collisions among a few hundred thousand texts are vanishingly unlikely, and
/// unlike string.GetHashCode it is the same in every process.
/// </summary>
public static class TextHash
{
    public static ulong Of(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BitConverter.ToUInt64(digest);
    }
}
