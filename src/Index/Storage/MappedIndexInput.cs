using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Lucene.Net.Store;

namespace LearningSearch.Index.Storage;

/// <summary>
/// Reads a mapped index file (or a slice of one, for compound files) through a pointer. Clones share the mapping
/// and keep their own position, as Lucene expects; each is used by one thread at a time. Numbers are big-endian,
/// as Lucene writes them.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    // Held so that the mapping outlives every input reading it; each read keeps this input alive until it is done.
    private readonly MappedFile _file;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;

    public MappedIndexInput(string description, MappedFile file, long offset, long length)
        : base(description)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
            throw new ArgumentOutOfRangeException(nameof(offset), $"Slice {offset}:{offset + length} is outside {file.Path} ({file.Length} bytes).");
        _file = file;
        _start = file.Start + offset;
        _length = length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length) throw new EndOfStreamException($"Seek to {pos} is outside {this} ({_length} bytes).");
        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length) throw PastEnd(1);
        var value = _start[_position++];
        GC.KeepAlive(this);
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        var at = Take(len);
        new ReadOnlySpan<byte>(at, len).CopyTo(b.AsSpan(offset, len));
        GC.KeepAlive(this);
    }

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(Take(2), 2));
        GC.KeepAlive(this);
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(Take(4), 4));
        GC.KeepAlive(this);
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(Take(8), 8));
        GC.KeepAlive(this);
        return value;
    }

    public override int ReadVInt32()
    {
        // Up to five bytes, seven bits each, low bits first; the fifth may only use its low four bits.
        if (_length - _position < 5) return base.ReadVInt32();
        var p = _start + _position;
        int b = p[0], value = b & 0x7F, read = 1;
        for (var shift = 7; b >= 0x80 && read < 5; shift += 7)
        {
            b = p[read++];
            value |= (b & 0x7F) << shift;
        }
        if (b >= 0x80 || (read == 5 && (b & 0xF0) != 0)) throw new IOException($"Invalid vInt32 in {this} at {_position}.");
        _position += read;
        GC.KeepAlive(this);
        return value;
    }

    public override long ReadVInt64()
    {
        // Up to nine bytes, seven bits each, low bits first (Lucene writes no negative vInt64).
        if (_length - _position < 9) return base.ReadVInt64();
        var p = _start + _position;
        long b = p[0], value = b & 0x7F;
        var read = 1;
        for (var shift = 7; b >= 0x80 && read < 9; shift += 7)
        {
            b = p[read++];
            value |= (b & 0x7F) << shift;
        }
        if (b >= 0x80) throw new IOException($"Invalid vInt64 in {this} at {_position}.");
        _position += read;
        GC.KeepAlive(this);
        return value;
    }

    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0) throw new ArgumentOutOfRangeException(nameof(numBytes), "Cannot skip a negative number of bytes.");
        Seek(_position + numBytes);
    }

    public override object Clone() => MemberwiseClone();

    protected override void Dispose(bool disposing)
    {
        // Nothing of its own to release: the mapping goes when no input refers to it (see MappedFile).
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte* Take(int count)
    {
        if (count < 0 || _length - _position < count) throw PastEnd(count);
        var at = _start + _position;
        _position += count;
        return at;
    }

    private EndOfStreamException PastEnd(int count) => new($"Read of {count} bytes past the end of {this} at {_position} ({_length} bytes).");
}
