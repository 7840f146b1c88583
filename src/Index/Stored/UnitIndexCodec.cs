using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace LearningSearch.Index.Stored;

/// <summary>
/// The index format: Lucene 4.6's in every part but the stored fields, which are compressed in chunks of 4 KB instead
/// of 16 KB. Every search reads its page of units back, and LZ4 decompresses a chunk from its start up to the unit
/// asked for: with 16 KB chunks that was about six stored units (1.4 KB each) for every hit shown, 8 % of the
/// host's CPU under load at 5,000 reviews. A 4 KB chunk holds about three units, so a hit costs two or three.
/// </summary>
/// <remarks>
/// The codec's name is written into every segment, and Lucene finds the codec by that name when the segment is
/// opened, so the name is registered with Lucene as soon as this assembly is loaded (see <see cref="Register"/>).
/// Indexes written before the codec existed name Lucene46 and still open.
/// </remarks>
[CodecName(FormatName)]
public sealed class UnitIndexCodec : FilterCodec
{
    /// <summary>The name segments are written with; never change it, or indexes already built stop opening.</summary>
    public const string FormatName = "LearningSearch46";

    /// <summary>Bytes of stored units compressed together (or 128 units, whichever comes first).</summary>
    public const int StoredChunkBytes = 4 * 1024;

    private readonly StoredFieldsFormat storedFields = new CompressingStoredFieldsFormat("LearningSearchStoredFields", CompressionMode.FAST, StoredChunkBytes);

    public UnitIndexCodec() : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;

    /// <summary>
    /// Runs when this assembly is first used, before anything in it can open or write an index: the host, the
    /// command line, the benchmark and every test open indexes through this assembly's types. Lucene.Net's default
    /// factory knows only its own codecs (it does not scan other assemblies, for speed).
    /// </summary>
#pragma warning disable CA2255 // A library's module initializer is the point: no caller can forget to register the codec.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() =>
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(UnitIndexCodec)] });
}
